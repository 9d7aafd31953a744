import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../auth/context.js";
import type { Database, Executor } from "../db/database.js";
import { readAsTenant, withTenant } from "../db/tenant-transaction.js";
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

export async function insertJobRun(tx: Executor, ctx: RequestContext, kind: string, parameters: Record<string, unknown>): Promise<JobRunView> {
  const [row] = await tx.insert(jobRuns).values({ tenantId: ctx.tenantId, kind, parameters, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
  if (!row) throw new Error("insert returned no row");
  return toJobRunView(row);
}

export async function findJobRun(database: Database, ctx: Pick<RequestContext, "tenantId" | "userId">, id: string): Promise<JobRunView | undefined> {
  return readAsTenant(database, ctx, async (tx) => {
    const [row] = await tx.select().from(jobRuns).where(and(eq(jobRuns.tenantId, ctx.tenantId), eq(jobRuns.id, id)));
    return row ? toJobRunView(row) : undefined;
  });
}

export type JobRunChange = Partial<Pick<typeof jobRuns.$inferInsert, "state" | "progress" | "counters" | "resultFileId" | "errorReportFileId" | "errorMessage" | "startedAt" | "finishedAt">>;

export async function updateJobRun(database: Database, tenantId: string, id: string, change: JobRunChange): Promise<void> {
  await withTenant(database, { tenantId, userId: null }, (tx) =>
    tx.update(jobRuns).set({ ...change, updatedAt: new Date() }).where(and(eq(jobRuns.tenantId, tenantId), eq(jobRuns.id, id))),
  );
}
