import { and, eq } from "drizzle-orm";
import { requirePermission, systemContext, type RequestContext } from "../../platform/auth/context.js";
import type { DataScope } from "../../platform/auth/data-scope.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { NO_RETRY, type JobMessage, type JobProgress, type JobQueue } from "../../platform/jobs/job-queue.js";
import { insertJobRun } from "../../platform/jobs/job-runs.js";
import { jobRuns } from "../../platform/jobs/schema.js";
import { companyPermissions, type CompaniesService, type CompanyFilters } from "../companies/index.js";
import { personPermissions, type PersonFilters, type PersonsService } from "../persons/index.js";
import type { AssignmentTargetKind } from "./assignment-targets.js";
import { assignByHand, resolveChoice, type AssignmentChoice } from "./manual-assignment.js";
import { organisationPermissions } from "./permissions.js";
import type { ReassignmentFollowers } from "./reassignment-followers.js";

export const BULK_REASSIGNMENT_JOB = "assignments.bulk";
const SAMPLE_SIZE = 20;
const BATCH = 200;

/** The filters of the persons or companies list, whichever the target is. */
export type RecordFilters = PersonFilters & CompanyFilters;

export interface BulkRequest extends AssignmentChoice {
  target: AssignmentTargetKind;
  filters: RecordFilters;
}

interface Holder {
  introducerId: string | null;
  advisorId: string | null;
}

export interface BulkPreview {
  count: number;
  sample: Array<{ id: string; displayName: string; from: Holder; to: Holder }>;
}

interface BulkParameters extends Record<string, unknown> {
  target: AssignmentTargetKind;
  filters: RecordFilters;
  to: { introducerId: string; advisorId: string | null };
  /** The starter's scope: the job changes only what they could see. */
  dataScope: DataScope;
}

interface ListedRecord {
  id: string;
  displayName: string;
  introducerId: string | null;
  advisorId: string | null;
}

/**
 * Reassigns every record a list's filters select, by hand: a preview of what would change, then a
 * job with progress that assigns them in batches, each change audited on its record.
 */
export class BulkReassignment {
  constructor(
    private readonly database: Database,
    private readonly queue: JobQueue,
    private readonly records: { person: PersonsService; company: CompaniesService },
    private readonly followers: ReassignmentFollowers,
  ) {
    // A rerun would reassign what the filters select then, perhaps not the same records: no retry.
    queue.define(BULK_REASSIGNMENT_JOB, (message, progress) => this.run(message, progress), NO_RETRY);
  }

  async preview(ctx: RequestContext, request: BulkRequest): Promise<BulkPreview> {
    requirePermission(ctx, organisationPermissions.assign);
    const to = await readAsTenant(this.database, ctx, (tx) => resolveChoice(tx, ctx.tenantId, request));
    const page = await this.page(ctx, request.target, request.filters, { page: 1, perPage: SAMPLE_SIZE });
    return { count: page.total, sample: page.items.map((record) => ({ id: record.id, displayName: record.displayName, from: { introducerId: record.introducerId, advisorId: record.advisorId }, to })) };
  }

  async start(ctx: RequestContext, request: BulkRequest): Promise<{ jobId: string }> {
    requirePermission(ctx, organisationPermissions.assign);
    const run = await withTenant(this.database, ctx, async (tx) => {
      const parameters: BulkParameters = { target: request.target, filters: request.filters, to: await resolveChoice(tx, ctx.tenantId, request), dataScope: ctx.dataScope };
      return insertJobRun(tx, ctx, BULK_REASSIGNMENT_JOB, parameters);
    });
    await this.queue.enqueue(BULK_REASSIGNMENT_JOB, { tenantId: ctx.tenantId, jobRunId: run.id, userId: ctx.userId });
    return { jobId: run.id };
  }

  private async run(message: JobMessage, progress: JobProgress) {
    const base = systemContext(message.tenantId, [personPermissions.read, companyPermissions.read, organisationPermissions.assign], `job:${message.jobRunId}`);
    const parameters = await readAsTenant(this.database, base, async (tx) => {
      const [row] = await tx.select({ parameters: jobRuns.parameters }).from(jobRuns).where(and(eq(jobRuns.tenantId, base.tenantId), eq(jobRuns.id, message.jobRunId)));
      return row?.parameters as BulkParameters | undefined;
    });
    if (!parameters) throw new Error(`job run ${message.jobRunId} has no parameters`);
    const ctx: RequestContext = { ...base, userId: message.userId, dataScope: parameters.dataScope };
    // The ids first: assigning may take records out of the filters as the walk goes.
    const ids: string[] = [];
    for await (const batch of this.iterate(ctx, parameters.target, parameters.filters)) ids.push(...batch.map((record) => record.id));
    const counters = { selected: ids.length, reassigned: 0 };
    await progress.report(5, counters);
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      await withTenant(this.database, ctx, async (tx) => {
        await assignByHand(tx, ctx, parameters.target, batch, parameters.to, this.followers);
      });
      counters.reassigned += batch.length;
      await progress.report(5 + (counters.reassigned / ids.length) * 95, counters);
    }
    return { counters };
  }

  private async page(ctx: RequestContext, target: AssignmentTargetKind, filters: RecordFilters, window: { page: number; perPage: number }): Promise<{ total: number; items: ListedRecord[] }> {
    if (target === "person") {
      const page = await this.records.person.list(ctx, { ...filters, ...window });
      return { total: page.total, items: page.items.map((person) => ({ id: person.id, displayName: [person.lastName, person.firstName].filter(Boolean).join(" "), introducerId: person.introducerId, advisorId: person.advisorId })) };
    }
    const page = await this.records.company.list(ctx, { ...filters, ...window });
    return { total: page.total, items: page.items.map((company) => ({ id: company.id, displayName: company.name, introducerId: company.introducerId, advisorId: company.advisorId })) };
  }

  private iterate(ctx: RequestContext, target: AssignmentTargetKind, filters: RecordFilters): AsyncGenerator<Array<{ id: string }>> {
    return target === "person" ? this.records.person.iterate(ctx, filters) : this.records.company.iterate(ctx, filters);
  }
}
