import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { hasPermission, type RequestContext } from "../auth/context.js";
import type { Database, Executor } from "../db/database.js";
import { readAsTenant, withTenant } from "../db/tenant-transaction.js";
import type { FileOwner } from "../files/file-owners.js";
import { jobRuns, type JobState } from "./schema.js";

export interface JobRunView {
  id: string;
  kind: string;
  state: JobState;
  progress: number;
  counters: Record<string, number>;
  resultFileId: string | null;
  errorReportFileId: string | null;
  errorMessage: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export function toJobRunView(row: typeof jobRuns.$inferSelect): JobRunView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    progress: row.progress,
    counters: row.counters,
    resultFileId: row.resultFileId,
    errorReportFileId: row.errorReportFileId,
    errorMessage: row.errorMessage,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Reads every job of the tenant, not only the ones the reader started. */
export const ADMIN_JOBS_PERMISSION = "admin:jobs";

/**
 * job_runs has no column for an API key: `created_by` is a user id, as in every table. The key
 * that started a job is kept in its parameters under this reserved member (set by insertJobRun,
 * never by the caller), until a migration gives it a column.
 */
export const STARTER_API_KEY_PARAMETER = "startedByApiKeyId";

export async function insertJobRun(tx: Executor, ctx: RequestContext, kind: string, parameters: Record<string, unknown>): Promise<JobRunView> {
  const { [STARTER_API_KEY_PARAMETER]: _ignored, ...given } = parameters;
  const stored = ctx.apiKeyId ? { ...given, [STARTER_API_KEY_PARAMETER]: ctx.apiKeyId } : given;
  const [row] = await tx.insert(jobRuns).values({ tenantId: ctx.tenantId, kind, parameters: stored, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
  if (!row) throw new Error("insert returned no row");
  return toJobRunView(row);
}

/**
 * The jobs a caller may see: the ones they started (user, or API key), or all of the tenant's
 * with admin:jobs. Background work (no user, no key) sees only with admin:jobs.
 */
function visibleTo(ctx: RequestContext): SQL | undefined {
  if (hasPermission(ctx, ADMIN_JOBS_PERMISSION)) return undefined;
  if (ctx.userId) return eq(jobRuns.createdBy, ctx.userId);
  if (ctx.apiKeyId) return and(isNull(jobRuns.createdBy), sql`${jobRuns.parameters} ->> ${STARTER_API_KEY_PARAMETER} = ${ctx.apiKeyId}`);
  return sql`false`;
}

/** A job as the caller may see it; undefined when it does not exist or is not theirs (never tell which). */
export async function findJobRun(database: Database, ctx: RequestContext, id: string): Promise<JobRunView | undefined> {
  return readAsTenant(database, ctx, async (tx) => {
    const [row] = await tx.select().from(jobRuns).where(and(eq(jobRuns.tenantId, ctx.tenantId), eq(jobRuns.id, id), visibleTo(ctx)));
    return row ? toJobRunView(row) : undefined;
  });
}

/** Where a job keeps the file it works on (an import's upload), among its parameters. */
export const INPUT_FILE_PARAMETER = "fileId";

/**
 * A job's files — its input, its result, its error report (an export of other people's data, an
 * import's rejected lines) — are for whoever may see the job, through any route.
 */
export const jobFilesOwner: FileOwner = {
  name: "job_runs",
  async access(tx, ctx, fileId) {
    const holds = or(eq(jobRuns.resultFileId, fileId), eq(jobRuns.errorReportFileId, fileId), sql`${jobRuns.parameters} ->> ${INPUT_FILE_PARAMETER} = ${fileId}`);
    const rows = await tx
      .select({ visible: sql<boolean>`${visibleTo(ctx) ?? sql`true`}` })
      .from(jobRuns)
      .where(and(eq(jobRuns.tenantId, ctx.tenantId), holds));
    if (rows.length === 0) return "not_held";
    return rows.some((row) => row.visible) ? "allowed" : "denied";
  },
};

export type JobRunChange = Partial<Pick<typeof jobRuns.$inferInsert, "state" | "progress" | "counters" | "resultFileId" | "errorReportFileId" | "errorMessage" | "startedAt" | "finishedAt">>;

export async function updateJobRun(database: Database, tenantId: string, id: string, change: JobRunChange): Promise<void> {
  await withTenant(database, { tenantId, userId: null }, (tx) =>
    tx.update(jobRuns).set({ ...change, updatedAt: new Date() }).where(and(eq(jobRuns.tenantId, tenantId), eq(jobRuns.id, id))),
  );
}
