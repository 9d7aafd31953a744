import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, notFound } from "../../platform/http/problem.js";
import type { RecordAssignment } from "../../platform/records/assignment.js";
import type { CompaniesService } from "../companies/index.js";
import type { PersonsService } from "../persons/index.js";
import { currentIntroducerOf } from "./advisors-service.js";
import { loadAssignmentSettings } from "./assignment-settings.js";
import { assignmentTargets, type AssignmentTargetKind } from "./assignment-targets.js";
import { findIntroducer } from "./introducers-service.js";
import { organisationPermissions } from "./permissions.js";
import { evaluateAssignment } from "./record-assignment.js";

export interface AssignmentChoice {
  introducerId?: string | undefined;
  advisorId?: string | undefined;
}

export interface AssignmentView extends RecordAssignment {
  id: string;
}

/**
 * Whom a choice assigns to: an advisor brings the introducer of their current membership (an
 * introducer given beside them must be that one); an introducer alone must exist.
 */
export async function resolveChoice(tx: Executor, tenantId: string, choice: AssignmentChoice): Promise<{ introducerId: string; advisorId: string | null }> {
  if (choice.advisorId) {
    const introducerId = await currentIntroducerOf(tx, tenantId, choice.advisorId);
    if (!introducerId) throw invalidFields([{ path: "advisorId", code: "advisor.without_introducer" }]);
    if (choice.introducerId && choice.introducerId !== introducerId) throw invalidFields([{ path: "introducerId", code: "assignment.introducer_mismatch", params: { introducer: introducerId } }]);
    return { introducerId, advisorId: choice.advisorId };
  }
  if (!choice.introducerId) throw invalidFields([{ path: "introducerId", code: "assignment.target_required" }]);
  if (!(await findIntroducer(tx, tenantId, choice.introducerId))) throw invalidFields([{ path: "introducerId", code: "introducer.unknown" }]);
  return { introducerId: choice.introducerId, advisorId: null };
}

/** Assigns one record by hand (marked `manual`, left alone by the rules) and audits it in the record's history. */
export async function assignByHand(tx: Executor, ctx: RequestContext, kind: AssignmentTargetKind, id: string, to: { introducerId: string; advisorId: string | null }): Promise<RecordAssignment> {
  const target = assignmentTargets[kind];
  const before = await currentAssignment(tx, ctx.tenantId, kind, id);
  const derived = await evaluateAssignment(tx, ctx.tenantId, target, id, "derive");
  if (!derived) throw notFound();
  const next: RecordAssignment = { ...derived, ...to, assignmentSource: "manual" };
  await target.apply(tx, ctx.tenantId, id, next);
  await auditAssignment(tx, ctx, kind, id, before, next);
  return next;
}

async function currentAssignment(tx: Executor, tenantId: string, kind: AssignmentTargetKind, id: string) {
  const facts = await assignmentTargets[kind].facts(tx, tenantId, id, await loadAssignmentSettings(tx, tenantId));
  if (!facts) throw notFound();
  return facts.current;
}

/** In the record's own history: who it was assigned to, and who now. */
async function auditAssignment(tx: Executor, ctx: RequestContext, kind: AssignmentTargetKind, id: string, before: Awaited<ReturnType<typeof currentAssignment>>, after: RecordAssignment): Promise<void> {
  await recordAudit(tx, ctx, { entity: kind, entityId: id, before: { ...before }, after: { introducerId: after.introducerId, advisorId: after.advisorId, assignmentSource: after.assignmentSource } });
}

/** PUT and DELETE …/{id}/assignment: by hand, or back to the rules. */
export class ManualAssignmentService {
  constructor(
    private readonly database: Database,
    private readonly records: { person: PersonsService; company: CompaniesService },
  ) {}

  async assign(ctx: RequestContext, kind: AssignmentTargetKind, id: string, choice: AssignmentChoice): Promise<AssignmentView> {
    requirePermission(ctx, organisationPermissions.assign);
    await this.visible(ctx, kind, id);
    return withTenant(this.database, ctx, async (tx) => ({ id, ...(await assignByHand(tx, ctx, kind, id, await resolveChoice(tx, ctx.tenantId, choice))) }));
  }

  /** Gives the record back to the rules, evaluated now whatever the tenant's mode. */
  async release(ctx: RequestContext, kind: AssignmentTargetKind, id: string): Promise<AssignmentView> {
    requirePermission(ctx, organisationPermissions.assign);
    await this.visible(ctx, kind, id);
    return withTenant(this.database, ctx, async (tx) => {
      const before = await currentAssignment(tx, ctx.tenantId, kind, id);
      const next = await evaluateAssignment(tx, ctx.tenantId, assignmentTargets[kind], id, "rules_now");
      if (!next) throw notFound();
      await auditAssignment(tx, ctx, kind, id, before, next);
      return { id, ...next };
    });
  }

  /** The record as the caller may read it: another tenant's or out of their scope is 404. */
  private async visible(ctx: RequestContext, kind: AssignmentTargetKind, id: string): Promise<void> {
    if (kind === "person") await this.records.person.get(ctx, id);
    else await this.records.company.get(ctx, id);
  }
}
