import { and, desc, eq, or, sql } from "drizzle-orm";
import { hasPermission, requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant } from "../../platform/db/tenant-transaction.js";
import type { FileService } from "../../platform/files/file-service.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { notFound } from "../../platform/http/problem.js";
import { jobRuns, type JobState } from "../../platform/jobs/schema.js";
import { apiKeys, users } from "../access/index.js";
import { contractPermissions } from "./permissions.js";
import { contractImportBatches, type ImportBatchKind } from "./schema.js";

/** One run of the feed or the intake as the history shows it: who, when, its files, and its job's state, counts and files. */
export interface ImportBatchView {
  id: string;
  kind: ImportBatchKind;
  channel: "upload" | "cli";
  status: "previewed" | "confirmed";
  files: Array<{ role: string; fileId: string; name: string }>;
  preview: Record<string, number> | null;
  createdAt: string;
  createdBy: string | null;
  createdByName: string | null;
  /** The API key that sent the run (a back-office system), when no user did. */
  createdByApiKeyId: string | null;
  createdByApiKeyName: string | null;
  confirmedAt: string | null;
  jobId: string | null;
  state: JobState | null;
  progress: number | null;
  counters: Record<string, number> | null;
  resultFileId: string | null;
  errorReportFileId: string | null;
  finishedAt: string | null;
}

export const importBatchSortable = { createdAt: contractImportBatches.createdAt, kind: contractImportBatches.kind };

/** The history of the daily feed and of the intakes; their files are downloadable by whoever may feed contracts. */
export class ImportHistory {
  constructor(
    private readonly database: Database,
    files: FileService,
  ) {
    files.registerOwner({
      name: "contract_import_batches",
      async access(tx, ctx, fileId) {
        if (!(await holdsFile(tx, ctx.tenantId, fileId))) return "not_held";
        return hasPermission(ctx, contractPermissions.import) ? "allowed" : "denied";
      },
    });
  }

  async list(ctx: RequestContext, query: UnsearchableListQuery & { kind?: ImportBatchKind | undefined }): Promise<Page<ImportBatchView>> {
    requirePermission(ctx, contractPermissions.import);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(eq(contractImportBatches.tenantId, ctx.tenantId), query.kind ? eq(contractImportBatches.kind, query.kind) : undefined);
      const order = [...orderByFromSort(query.sort, importBatchSortable, [desc(contractImportBatches.createdAt)]), desc(contractImportBatches.id)];
      const { limit, offset } = pageWindow(query);
      const rows = await selectBatches(tx, ctx.tenantId).where(where).orderBy(...order).limit(limit).offset(offset);
      const [counted] = await tx.select({ total: sql<number>`count(*)::int` }).from(contractImportBatches).where(where);
      return { items: rows.map(toView), total: counted?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ImportBatchView> {
    requirePermission(ctx, contractPermissions.import);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await selectBatches(tx, ctx.tenantId).where(and(eq(contractImportBatches.tenantId, ctx.tenantId), eq(contractImportBatches.id, id)));
      if (!row) throw notFound();
      return toView(row);
    });
  }
}

function selectBatches(tx: Executor, tenantId: string) {
  return tx
    .select({ batch: contractImportBatches, job: jobRuns, userName: users.displayName, apiKeyName: apiKeys.name })
    .from(contractImportBatches)
    .leftJoin(jobRuns, and(eq(jobRuns.tenantId, tenantId), eq(jobRuns.id, contractImportBatches.jobRunId)))
    .leftJoin(users, and(eq(users.tenantId, tenantId), eq(users.id, contractImportBatches.createdBy)))
    .leftJoin(apiKeys, and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, contractImportBatches.createdByApiKeyId)));
}

type BatchRow = Awaited<ReturnType<ReturnType<typeof selectBatches>["where"]>>[number];

function toView({ batch, job, userName, apiKeyName }: BatchRow): ImportBatchView {
  return {
    id: batch.id,
    kind: batch.kind,
    channel: batch.channel,
    status: batch.status,
    files: Object.entries(batch.files).map(([role, file]) => ({ role, ...file })),
    preview: batch.preview,
    createdAt: batch.createdAt.toISOString(),
    createdBy: batch.createdBy,
    createdByName: userName,
    createdByApiKeyId: batch.createdByApiKeyId,
    createdByApiKeyName: apiKeyName,
    confirmedAt: batch.confirmedAt?.toISOString() ?? null,
    jobId: batch.jobRunId,
    state: job?.state ?? null,
    progress: job?.progress ?? null,
    counters: job?.counters ?? null,
    resultFileId: job?.resultFileId ?? null,
    errorReportFileId: job?.errorReportFileId ?? null,
    finishedAt: job?.finishedAt?.toISOString() ?? null,
  };
}

/** Whether a file is one of a run's inputs, or its job's result or error report. */
async function holdsFile(tx: Executor, tenantId: string, fileId: string): Promise<boolean> {
  const inputs = sql`exists (select 1 from jsonb_each(${contractImportBatches.files}) as file where file.value ->> 'fileId' = ${fileId})`;
  const [row] = await tx
    .select({ id: contractImportBatches.id })
    .from(contractImportBatches)
    .leftJoin(jobRuns, and(eq(jobRuns.tenantId, tenantId), eq(jobRuns.id, contractImportBatches.jobRunId)))
    .where(and(eq(contractImportBatches.tenantId, tenantId), or(inputs, eq(jobRuns.resultFileId, fileId), eq(jobRuns.errorReportFileId, fileId))))
    .limit(1);
  return row !== undefined;
}
