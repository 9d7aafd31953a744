import { recordAudits } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, notFound } from "../../platform/http/problem.js";
import type { RecordAssignment } from "../../platform/records/assignment.js";
import type { CompaniesService } from "../companies/index.js";
import type { PersonsService } from "../persons/index.js";
import { currentIntroducerOf } from "./advisors-service.js";
import { loadAssignmentSettings } from "./assignment-settings.js";
import { assignmentTargets, type AssignmentTargetKind, type TargetFacts } from "./assignment-targets.js";
import { findIntroducer } from "./introducers-service.js";
import { organisationPermissions } from "./permissions.js";
import { reassignmentsOf, type ReassignmentFollowers } from "./reassignment-followers.js";
import { evaluateAssignments } from "./record-assignment.js";

export interface AssignmentChoice {
  introducerId?: string | undefined;
  advisorId?: string | undefined;
}

export interface AssignmentView extends RecordAssignment {
  id: string;
}

/**
 * Whom a choice assigns to: an advisor brings the introducer of their current membership (an
 * introducer given beside them must be that one); an introducer alone must exist. Either way the
 * introducer must be active: a deactivated one receives no new record.
 */
export async function resolveChoice(tx: Executor, tenantId: string, choice: AssignmentChoice): Promise<{ introducerId: string; advisorId: string | null }> {
  if (choice.advisorId) {
    const introducerId = await currentIntroducerOf(tx, tenantId, choice.advisorId);
    if (!introducerId) throw invalidFields([{ path: "advisorId", code: "advisor.without_introducer" }]);
    if (choice.introducerId && choice.introducerId !== introducerId) throw invalidFields([{ path: "introducerId", code: "assignment.introducer_mismatch", params: { introducer: introducerId } }]);
    if (!(await findIntroducer(tx, tenantId, introducerId))?.active) throw invalidFields([{ path: "advisorId", code: "introducer.inactive" }]);
    return { introducerId, advisorId: choice.advisorId };
  }
  if (!choice.introducerId) throw invalidFields([{ path: "introducerId", code: "assignment.target_required" }]);
  const introducer = await findIntroducer(tx, tenantId, choice.introducerId);
  if (!introducer) throw invalidFields([{ path: "introducerId", code: "introducer.unknown" }]);
  if (!introducer.active) throw invalidFields([{ path: "introducerId", code: "introducer.inactive" }]);
  return { introducerId: choice.introducerId, advisorId: null };
}

/**
 * Assigns records by hand (marked `manual`, left alone by the rules), each change audited in its
 * record's history, in a few statements for all (a bulk reassignment's batch), their followers told.
 * Answers each record's new assignment by id; an id not in the base is left out.
 */
export async function assignByHand(
  tx: Executor,
  ctx: RequestContext,
  kind: AssignmentTargetKind,
  ids: readonly string[],
  to: { introducerId: string; advisorId: string | null },
  followers: ReassignmentFollowers,
): Promise<Map<string, RecordAssignment>> {
  const target = assignmentTargets[kind];
  const before = await currentAssignments(tx, ctx.tenantId, kind, ids);
  const derived = await evaluateAssignments(tx, ctx.tenantId, target, ids, "derive");
  const next = new Map([...derived].map(([id, assignment]): [string, RecordAssignment] => [id, { ...assignment, ...to, assignmentSource: "manual" }]));
  await target.apply(tx, ctx.tenantId, next);
  await auditAssignments(tx, ctx, kind, before, next);
  await followers.tell(tx, ctx, kind, reassignmentsOf(before, next));
  return next;
}

type CurrentAssignment = TargetFacts["current"];

async function currentAssignments(tx: Executor, tenantId: string, kind: AssignmentTargetKind, ids: readonly string[]): Promise<Map<string, CurrentAssignment>> {
  const facts = await assignmentTargets[kind].facts(tx, tenantId, ids, await loadAssignmentSettings(tx, tenantId));
  return new Map([...facts].map(([id, fact]) => [id, fact.current]));
}

/** In each record's own history: who it was assigned to, and who now. */
async function auditAssignments(tx: Executor, ctx: RequestContext, kind: AssignmentTargetKind, before: ReadonlyMap<string, CurrentAssignment>, after: ReadonlyMap<string, RecordAssignment>): Promise<void> {
  await recordAudits(
    tx,
    ctx,
    [...after].map(([id, next]) => ({ entity: kind, entityId: id, before: { ...before.get(id) }, after: { introducerId: next.introducerId, advisorId: next.advisorId, assignmentSource: next.assignmentSource } })),
  );
}

/** The one record's assignment of a batch of one: 404 when it is not there. */
const onlyOne = (assignments: ReadonlyMap<string, RecordAssignment>, id: string): RecordAssignment => {
  const assignment = assignments.get(id);
  if (!assignment) throw notFound();
  return assignment;
};

/** PUT and DELETE …/{id}/assignment: by hand, or back to the rules. */
export class ManualAssignmentService {
  constructor(
    private readonly database: Database,
    private readonly records: { person: PersonsService; company: CompaniesService },
    private readonly followers: ReassignmentFollowers,
  ) {}

  async assign(ctx: RequestContext, kind: AssignmentTargetKind, id: string, choice: AssignmentChoice): Promise<AssignmentView> {
    requirePermission(ctx, organisationPermissions.assign);
    await this.visible(ctx, kind, id);
    return withTenant(this.database, ctx, async (tx) => ({ id, ...onlyOne(await assignByHand(tx, ctx, kind, [id], await resolveChoice(tx, ctx.tenantId, choice), this.followers), id) }));
  }

  /** Gives the record back to the rules, evaluated now whatever the tenant's mode. */
  async release(ctx: RequestContext, kind: AssignmentTargetKind, id: string): Promise<AssignmentView> {
    requirePermission(ctx, organisationPermissions.assign);
    await this.visible(ctx, kind, id);
    return withTenant(this.database, ctx, async (tx) => {
      const before = await currentAssignments(tx, ctx.tenantId, kind, [id]);
      const next = await evaluateAssignments(tx, ctx.tenantId, assignmentTargets[kind], [id], "rules_now", (moves) => this.followers.tell(tx, ctx, kind, moves));
      await auditAssignments(tx, ctx, kind, before, next);
      return { id, ...onlyOne(next, id) };
    });
  }

  /** The record as the caller may read it: another tenant's or out of their scope is 404. */
  private async visible(ctx: RequestContext, kind: AssignmentTargetKind, id: string): Promise<void> {
    if (kind === "person") await this.records.person.get(ctx, id);
    else await this.records.company.get(ctx, id);
  }
}
