import { and, eq } from "drizzle-orm";
import { requirePermission, systemContext, type RequestContext } from "../../platform/auth/context.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { translate } from "../../platform/i18n/messages.js";
import { saveImportReports } from "../../platform/imports/file-import.js";
import { importFormatOf, readImportFile } from "../../platform/imports/import-file.js";
import type { LineResult } from "../../platform/imports/import-reports.js";
import { RETRY_IDEMPOTENT, type JobMessage, type JobOutcome, type JobProgress } from "../../platform/jobs/job-queue.js";
import { insertJobRun } from "../../platform/jobs/job-runs.js";
import { channelOrigins, type BatchOutcome } from "./contract-receiver.js";
import { applyLines, feedResultLabels, importJobPermissions, readAll, type FeedDependencies } from "./feed-import.js";
import { assembleIntake, intakeFiles, placeError, type IntakeContract, type IntakeError, type IntakeFile, type ParsedIntake } from "./intake-files.js";
import { contractPermissions } from "./permissions.js";
import { contractImportBatches } from "./schema.js";

export const CONTRACT_INTAKE_JOB = "contracts.intake";

export interface IntakeErrorView extends IntakeError {
  message: string;
}

export interface IntakeLineView {
  /** The contract's line in the contracts file. */
  line: number;
  key: string;
  result: LineResult;
  errors: IntakeErrorView[];
}

export interface IntakePreview {
  batchId: string;
  counters: Record<LineResult, number>;
  lines: IntakeLineView[];
  /** Faults that belong to no contract (a missing column, a beneficiary of an unknown contract). */
  errors: IntakeErrorView[];
}

type Files = Record<IntakeFile, ReceivedFile>;

/** The faults a run found on its records' members, placed on the lines and columns of the three files. */
function placedErrors(contracts: readonly IntakeContract[], outcome: BatchOutcome): Map<number, IntakeError[]> {
  const byLine = new Map(contracts.map((contract) => [contract.line, contract]));
  const placed = new Map<number, IntakeError[]>();
  for (const error of outcome.errors) {
    const contract = byLine.get(error.line);
    const where = contract ? placeError(error.column, contract.line, contract.holderLine, contract.beneficiaryLines) : { file: "contracts" as const, line: error.line, column: error.column };
    placed.set(error.line, [...(placed.get(error.line) ?? []), { ...where, code: error.code, ...(error.params ? { params: error.params } : {}) }]);
  }
  return placed;
}

const viewOf = (ctx: RequestContext) => (error: IntakeError): IntakeErrorView => ({ ...error, message: translate(error.code, ctx.locale, error.params) });

/**
 * The 3-file intake ("sas d'entrée", docs/interfaces/contract-intake.md): holders, contracts and
 * beneficiaries of a partner's back office, CSV or XLSX. A dry run first — the import done and
 * rolled back, so that it shows exactly what would be created, updated or rejected and why — then,
 * once confirmed, the same import as a job. Idempotent: confirming twice starts one job, and
 * importing the same files again finds every contract unchanged.
 */
export class ContractIntake {
  constructor(private readonly deps: FeedDependencies) {
    deps.queue.define(CONTRACT_INTAKE_JOB, (message, progress) => this.run(message, progress), RETRY_IDEMPOTENT);
  }

  async preview(ctx: RequestContext, uploads: Files): Promise<IntakePreview> {
    requirePermission(ctx, contractPermissions.import);
    const refused = intakeFiles.filter((file) => !importFormatOf(uploads[file].contentType)).map((file) => ({ path: file, code: "file.type_not_allowed" }));
    if (refused.length > 0) throw new Problem(415, "file.type_not_allowed", { errors: refused });
    const intake = assembleIntake(await readFiles((file) => uploads[file]));
    const valid = intake.contracts.flatMap((contract) => (contract.record ? [{ line: contract.line, record: contract.record }] : []));
    const outcome = await this.deps.receiver.receiveBatch(ctx, valid, channelOrigins.intake, { dryRun: true });
    const placed = placedErrors(intake.contracts, outcome);
    const results = new Map(outcome.lines.map((line) => [line.line, line.result]));
    const lines = intake.contracts.map((contract) => ({
      line: contract.line,
      key: contract.key,
      result: results.get(contract.line) ?? "rejected",
      errors: [...contract.errors, ...(placed.get(contract.line) ?? [])].map(viewOf(ctx)),
    }));
    const counters = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const line of lines) counters[line.result] += 1;
    const batchId = await withTenant(this.deps.database, ctx, async (tx) => {
      const files: Record<string, { fileId: string; name: string }> = {};
      for (const file of intakeFiles) files[file] = { fileId: (await this.deps.files.save(tx, ctx, uploads[file])).id, name: uploads[file].name };
      const [batch] = await tx
        .insert(contractImportBatches)
        .values({ tenantId: ctx.tenantId, kind: "intake", channel: "upload", status: "previewed", files, preview: counters, createdBy: ctx.userId, createdByApiKeyId: ctx.apiKeyId, updatedBy: ctx.userId })
        .returning({ id: contractImportBatches.id });
      if (!batch) throw new Error("insert returned no row");
      return batch.id;
    });
    return { batchId, counters, lines, errors: intake.errors.map(viewOf(ctx)) };
  }

  /** Starts the import of a previewed intake; a confirmed one answers its job again rather than starting another. */
  async confirm(ctx: RequestContext, batchId: string): Promise<{ jobId: string; batchId: string }> {
    requirePermission(ctx, contractPermissions.import);
    const started = await withTenant(this.deps.database, ctx, async (tx) => {
      const [batch] = await tx
        .select()
        .from(contractImportBatches)
        .where(and(eq(contractImportBatches.tenantId, ctx.tenantId), eq(contractImportBatches.id, batchId), eq(contractImportBatches.kind, "intake")))
        .for("update");
      if (!batch) throw notFound();
      if (batch.jobRunId) return { jobId: batch.jobRunId, queue: false };
      const run = await insertJobRun(tx, ctx, CONTRACT_INTAKE_JOB, { batchId });
      await tx
        .update(contractImportBatches)
        .set({ status: "confirmed", jobRunId: run.id, confirmedAt: new Date(), updatedBy: ctx.userId, version: batch.version + 1, updatedAt: new Date() })
        .where(and(eq(contractImportBatches.tenantId, ctx.tenantId), eq(contractImportBatches.id, batchId)));
      return { jobId: run.id, queue: true };
    });
    if (started.queue) await this.deps.queue.enqueue(CONTRACT_INTAKE_JOB, { tenantId: ctx.tenantId, jobRunId: started.jobId, userId: ctx.userId });
    return { jobId: started.jobId, batchId };
  }

  private async run(message: JobMessage, progress: JobProgress): Promise<JobOutcome> {
    const ctx: RequestContext = { ...systemContext(message.tenantId, importJobPermissions, `job:${message.jobRunId}`), userId: message.userId };
    const files = await readAsTenant(this.deps.database, ctx, async (tx) => {
      const [batch] = await tx
        .select({ files: contractImportBatches.files })
        .from(contractImportBatches)
        .where(and(eq(contractImportBatches.tenantId, ctx.tenantId), eq(contractImportBatches.jobRunId, message.jobRunId)));
      return batch?.files;
    });
    if (!files) throw new Error(`job run ${message.jobRunId} has no intake`);
    const intake: ParsedIntake = assembleIntake(
      await readFiles(async (file) => {
        const stored = files[file];
        if (!stored) throw new Error(`intake file ${file} is missing`);
        const data = await readAll(this.deps.files, ctx, stored.fileId);
        return { name: stored.name, contentType: stored.name.toLowerCase().endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", data };
      }),
    );
    const valid = intake.contracts.flatMap((contract) => (contract.record ? [{ line: contract.line, record: contract.record }] : []));
    const refused = intake.contracts.filter((contract) => !contract.record);
    const counters = { read: intake.contracts.length, created: 0, updated: 0, unchanged: 0, rejected: refused.length };
    const outcome = await applyLines(this.deps.receiver, ctx, valid, channelOrigins.intake, async (done, sofar) => {
      await progress.report(2 + (done / valid.length) * 95, { ...counters, ...sofar.counters, rejected: counters.rejected + sofar.counters.rejected });
    });
    const placed = placedErrors(intake.contracts, outcome);
    const errors = [...intake.errors, ...refused.flatMap((contract) => contract.errors), ...[...placed.values()].flat()].map((error) => ({ line: error.line, column: `${error.file}.${error.column}`, code: error.code, ...(error.params ? { params: error.params } : {}) }));
    const reports = await saveImportReports(this.deps, ctx, files.contracts?.name ?? "contrats.csv", {
      outcomes: [...refused.map((contract) => ({ line: contract.line, key: contract.key, result: "rejected" as const })), ...outcome.lines],
      errors,
      keyHeader: "contrat",
      resultLabels: feedResultLabels,
    });
    return { counters: { ...counters, ...outcome.counters, rejected: counters.rejected + outcome.counters.rejected }, ...reports };
  }
}

/** The records of the three files, header first; a file that cannot be read is one fault on its line 1. */
async function readFiles(fileOf: (file: IntakeFile) => ReceivedFile | Promise<ReceivedFile>): Promise<Record<IntakeFile, Awaited<ReturnType<typeof readImportFile>>>> {
  const records = { holders: [], contracts: [], beneficiaries: [] } as Record<IntakeFile, Awaited<ReturnType<typeof readImportFile>>>;
  for (const file of intakeFiles) {
    const upload = await fileOf(file);
    records[file] = await readImportFile(importFormatOf(upload.contentType) ?? "csv", upload.data).catch(() => []);
  }
  return records;
}
