import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, systemContext, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { nextVersion } from "../../platform/db/versioning.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { readImportedRecords, saveImportReports, startFileImport } from "../../platform/imports/file-import.js";
import type { LineOutcome, LineResult } from "../../platform/imports/import-reports.js";
import { RETRY_IDEMPOTENT, type JobMessage, type JobProgress, type JobQueue } from "../../platform/jobs/job-queue.js";
import { validateImportRecords, type ImportedOrigin, type ImportLineError, type ValidatedFile } from "./origin-import-line.js";
import { auditedOrigin } from "./origins-service.js";
import { originPermissions } from "./permissions.js";
import { origins } from "./schema.js";
import { systemOrigins } from "./tenant-setup.js";

export const ORIGINS_IMPORT_JOB = "origins.import";
const BATCH = 200;
const systemCodes = new Set(systemOrigins.map((origin) => origin.code));

export interface ImportCounters extends Record<string, number> {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

type OriginRow = typeof origins.$inferSelect;

/** The fields of a stored origin the line would change; empty when the line says what is already stored. */
function changedFields(row: OriginRow, line: ImportedOrigin): Partial<OriginRow> {
  const wanted: Partial<OriginRow> = {
    label: line.label,
    kind: line.kind,
    ...(line.labelEn !== undefined ? { labelEn: line.labelEn } : {}),
    ...(line.startDate !== undefined ? { startDate: line.startDate } : {}),
    ...(line.endDate !== undefined ? { endDate: line.endDate } : {}),
    ...(line.costCents !== undefined ? { costCents: line.costCents } : {}),
  };
  return Object.fromEntries(Object.entries(wanted).filter(([field, value]) => row[field as keyof OriginRow] !== value));
}

/**
 * Imports origins from a CSV or XLSX file in the background, upserting by code. Idempotent: a line
 * that says what is stored changes nothing (no version, no audit entry). Invalid lines are listed,
 * in French, in an error report attached to the job.
 */
export class OriginsImport {
  constructor(
    private readonly database: Database,
    private readonly files: FileService,
    private readonly queue: JobQueue,
  ) {
    // Upserts by code where a line that says what is stored changes nothing: a retry is safe.
    queue.define(ORIGINS_IMPORT_JOB, (message, progress) => this.run(message, progress), RETRY_IDEMPOTENT);
  }

  /** Starts an import of a file already checked for its type (see receiveUpload). */
  async start(ctx: RequestContext, upload: ReceivedFile): Promise<{ jobId: string }> {
    requirePermission(ctx, originPermissions.write);
    return startFileImport({ database: this.database, files: this.files, queue: this.queue }, ctx, ORIGINS_IMPORT_JOB, upload);
  }

  private async run(message: JobMessage, progress: JobProgress) {
    const ctx: RequestContext = { ...systemContext(message.tenantId, [originPermissions.read, originPermissions.write], `job:${message.jobRunId}`), userId: message.userId };
    const { parameters, records } = await readImportedRecords({ database: this.database, files: this.files }, ctx, message.jobRunId);
    const file: ValidatedFile = records ? validateImportRecords(records) : { read: 0, valid: [], rejected: [], errors: [{ line: 1, column: "", code: "origin.import_unreadable" }] };
    const counters: ImportCounters = { read: file.read, created: 0, updated: 0, unchanged: 0, rejected: file.rejected.length };
    const errors = [...file.errors];
    const outcomes: LineOutcome[] = file.rejected.map((line) => ({ line: line.line, key: line.code, result: "rejected" }));
    await progress.report(5, counters);
    for (let start = 0; start < file.valid.length; start += BATCH) {
      const batch = file.valid.slice(start, start + BATCH);
      const outcome = await withTenant(this.database, ctx, (tx) => this.saveBatch(tx, ctx, batch));
      counters.created += outcome.created;
      counters.updated += outcome.updated;
      counters.unchanged += outcome.unchanged;
      counters.rejected += outcome.errors.length;
      errors.push(...outcome.errors);
      outcomes.push(...outcome.lines);
      await progress.report(5 + ((start + batch.length) / file.valid.length) * 90, counters);
    }

    return { counters, ...(await saveImportReports({ database: this.database, files: this.files }, ctx, parameters.fileName, { outcomes, errors, keyHeader: "code", resultLabels })) };
  }

  /** One transaction per batch: the rows are locked by code, then created, updated or left alone. */
  private async saveBatch(tx: Executor, ctx: RequestContext, batch: Array<{ line: number; origin: ImportedOrigin }>) {
    const outcome = { created: 0, updated: 0, unchanged: 0, errors: [] as ImportLineError[], lines: [] as LineOutcome[] };
    const done = (line: number, code: string, result: LineResult) => outcome.lines.push({ line, key: code, result });
    const codes = batch.map((item) => item.origin.code);
    const existing = await tx
      .select()
      .from(origins)
      .where(and(eq(origins.tenantId, ctx.tenantId), inArray(origins.code, codes)))
      .for("update");
    const byCode = new Map(existing.map((row) => [row.code, row]));
    for (const { line, origin } of batch) {
      let row = byCode.get(origin.code);
      if (systemCodes.has(origin.code) || row?.system) {
        // A system origin read back from an export as it stands is no change to refuse.
        const asStored = row?.system === true && Object.keys(changedFields(row, origin)).length === 0;
        if (asStored) {
          outcome.unchanged += 1;
          done(line, origin.code, "unchanged");
          continue;
        }
        outcome.errors.push({ line, column: "code", code: "origin.system_readonly" });
        done(line, origin.code, "rejected");
        continue;
      }
      if (!row) {
        const [inserted] = await tx
          .insert(origins)
          .values({
            tenantId: ctx.tenantId,
            code: origin.code,
            label: origin.label,
            labelEn: origin.labelEn ?? null,
            kind: origin.kind,
            startDate: origin.startDate ?? null,
            endDate: origin.endDate ?? null,
            costCents: origin.costCents ?? null,
            createdBy: ctx.userId,
            updatedBy: ctx.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (inserted) {
          await recordAudit(tx, ctx, { entity: "origin", entityId: inserted.id, before: null, after: auditedOrigin(inserted) });
          outcome.created += 1;
          done(line, origin.code, "created");
          continue;
        }
        // Created meanwhile by someone else: lock it and treat the line as an update.
        [row] = await tx.select().from(origins).where(and(eq(origins.tenantId, ctx.tenantId), eq(origins.code, origin.code))).for("update");
        if (!row) throw new Error(`origin ${origin.code} vanished during the import`);
      }
      if (row.system) {
        outcome.errors.push({ line, column: "code", code: "origin.system_readonly" });
        done(line, origin.code, "rejected");
        continue;
      }
      const changes = changedFields(row, origin);
      if (Object.keys(changes).length === 0) {
        outcome.unchanged += 1;
        done(line, origin.code, "unchanged");
        continue;
      }
      const startDate = changes.startDate === undefined ? row.startDate : changes.startDate;
      const endDate = changes.endDate === undefined ? row.endDate : changes.endDate;
      if (startDate && endDate && endDate < startDate) {
        outcome.errors.push({ line, column: "end_date", code: "origin.end_before_start" });
        done(line, origin.code, "rejected");
        continue;
      }
      const [updated] = await tx
        .update(origins)
        .set({ ...changes, ...nextVersion(row, ctx.userId) })
        .where(and(eq(origins.tenantId, ctx.tenantId), eq(origins.id, row.id)))
        .returning();
      if (!updated) throw new Error(`origin ${origin.code} vanished during the import`);
      await recordAudit(tx, ctx, { entity: "origin", entityId: row.id, before: auditedOrigin(row), after: auditedOrigin(updated) });
      outcome.updated += 1;
      done(line, origin.code, "updated");
    }
    return outcome;
  }
}

const resultLabels: Readonly<Record<LineResult, string>> = { created: "créée", updated: "modifiée", unchanged: "inchangée", rejected: "rejetée" };
