import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../auth/context.js";
import type { Database } from "../db/database.js";
import { readAsTenant, withTenant } from "../db/tenant-transaction.js";
import type { FileService } from "../files/file-service.js";
import type { ReceivedFile } from "../files/upload.js";
import { Problem } from "../http/problem.js";
import type { JobQueue } from "../jobs/job-queue.js";
import { insertJobRun } from "../jobs/job-runs.js";
import { jobRuns } from "../jobs/schema.js";
import type { CsvRecord } from "./csv-reader.js";
import { importFormatOf, readImportFile, type ImportFormat } from "./import-file.js";
import type { ImportLineError } from "./import-lines.js";
import { errorReport, outcomeReport, type LineOutcome, type LineResult } from "./import-reports.js";

export interface ImportParameters {
  fileId: string;
  fileName: string;
  format: ImportFormat;
}

/** Keeps an uploaded CSV or XLSX file and queues the job that imports it; other types are refused with 415. */
export async function startFileImport(deps: { database: Database; files: FileService; queue: JobQueue }, ctx: RequestContext, jobName: string, upload: ReceivedFile): Promise<{ jobId: string }> {
  const format = importFormatOf(upload.contentType);
  if (!format) throw new Problem(415, "file.type_not_allowed", { errors: [{ path: "file", code: "file.type_not_allowed" }] });
  const run = await withTenant(deps.database, ctx, async (tx) => {
    const file = await deps.files.save(tx, ctx, upload);
    const parameters: ImportParameters = { fileId: file.id, fileName: upload.name, format };
    return insertJobRun(tx, ctx, jobName, { ...parameters });
  });
  await deps.queue.enqueue(jobName, { tenantId: ctx.tenantId, jobRunId: run.id, userId: ctx.userId });
  return { jobId: run.id };
}

/** The job's file and its records, header first; `records` is undefined for a file that cannot be read. */
export async function readImportedRecords(deps: { database: Database; files: FileService }, ctx: RequestContext, jobRunId: string): Promise<{ parameters: ImportParameters; records: CsvRecord[] | undefined }> {
  const parameters = await readAsTenant(deps.database, ctx, async (tx) => {
    const [row] = await tx.select({ parameters: jobRuns.parameters }).from(jobRuns).where(and(eq(jobRuns.tenantId, ctx.tenantId), eq(jobRuns.id, jobRunId)));
    return row?.parameters as ImportParameters | undefined;
  });
  if (!parameters) throw new Error(`job run ${jobRunId} has no parameters`);
  const { stream } = await deps.files.open(ctx, parameters.fileId);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  const records = await readImportFile(parameters.format, Buffer.concat(chunks)).catch(() => undefined);
  return { parameters, records };
}

/** Attaches the result file (every line's outcome) and, if any line failed, the error report; returns their ids for the job's outcome. */
export async function saveImportReports(
  deps: { database: Database; files: FileService },
  ctx: RequestContext,
  fileName: string,
  report: { outcomes: LineOutcome[]; errors: ImportLineError[]; keyHeader: string; resultLabels: Readonly<Record<LineResult, string>> },
): Promise<{ resultFileId: string; errorReportFileId?: string }> {
  const baseName = fileName.replace(/\.[^.]+$/, "");
  const errors = [...report.errors].sort((a, b) => a.line - b.line);
  const outcomes = [...report.outcomes].sort((a, b) => a.line - b.line);
  return withTenant(deps.database, ctx, async (tx) => {
    const result = await deps.files.save(tx, ctx, { name: `compte-rendu-${baseName}.csv`, contentType: "text/csv", data: outcomeReport(outcomes, report.keyHeader, report.resultLabels) });
    if (errors.length === 0) return { resultFileId: result.id };
    const errorFile = await deps.files.save(tx, ctx, { name: `erreurs-${baseName}.csv`, contentType: "text/csv", data: errorReport(errors) });
    return { resultFileId: result.id, errorReportFileId: errorFile.id };
  });
}
