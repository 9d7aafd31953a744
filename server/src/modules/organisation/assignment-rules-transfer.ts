import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, systemContext, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { nextVersion } from "../../platform/db/versioning.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { exportTable, type ExportedFile, type ExportFormat } from "../../platform/http/table-export.js";
import { readImportedRecords, saveImportReports, startFileImport } from "../../platform/imports/file-import.js";
import type { ImportLineError } from "../../platform/imports/import-lines.js";
import type { LineOutcome, LineResult } from "../../platform/imports/import-reports.js";
import { RETRY_IDEMPOTENT, type JobMessage, type JobProgress, type JobQueue } from "../../platform/jobs/job-queue.js";
import { users } from "../access/index.js";
import { ruleExportColumns, ruleKey, validateRuleRecords, type RuleLine, type ValidatedRulesFile } from "./assignment-rules-file.js";
import { ruleWhere, toRuleView, type RuleFilters } from "./assignment-rules-service.js";
import { organisationPermissions } from "./permissions.js";
import { advisorMemberships, assignmentRules, introducers } from "./schema.js";

export const ASSIGNMENT_RULES_IMPORT_JOB = "assignment_rules.import";

const resultLabels: Readonly<Record<LineResult, string>> = { created: "créée", updated: "modifiée", unchanged: "inchangée", rejected: "rejetée" };

interface Counters extends Record<string, number> {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The rules table as a file (CSV or XLSX) and back: the export is a file the import takes as it is. */
export class AssignmentRulesTransfer {
  constructor(
    private readonly database: Database,
    private readonly files: FileService,
    private readonly queue: JobQueue,
  ) {
    // Upserts by (market, place), and a line that says what is stored changes nothing: a retry is safe.
    queue.define(ASSIGNMENT_RULES_IMPORT_JOB, (message, progress) => this.run(message, progress), RETRY_IDEMPOTENT);
  }

  /** The table, or the part of it the list's filters select. */
  export(ctx: RequestContext, filters: RuleFilters, format: ExportFormat): ExportedFile {
    requirePermission(ctx, organisationPermissions.read);
    const database = this.database;
    async function* batches(): AsyncGenerator<RuleLine[]> {
      yield await readAsTenant(database, ctx, (tx) => ruleLines(tx, ctx.tenantId, filters));
    }
    return exportTable("regles-affectation", "Affectations", ruleExportColumns, batches(), format);
  }

  async start(ctx: RequestContext, upload: ReceivedFile): Promise<{ jobId: string }> {
    requirePermission(ctx, organisationPermissions.write);
    return startFileImport({ database: this.database, files: this.files, queue: this.queue }, ctx, ASSIGNMENT_RULES_IMPORT_JOB, upload);
  }

  private async run(message: JobMessage, progress: JobProgress) {
    const ctx: RequestContext = { ...systemContext(message.tenantId, [organisationPermissions.read, organisationPermissions.write], `job:${message.jobRunId}`), userId: message.userId };
    const deps = { database: this.database, files: this.files };
    const { parameters, records } = await readImportedRecords(deps, ctx, message.jobRunId);
    const file: ValidatedRulesFile = records ? validateRuleRecords(records) : { read: 0, valid: [], rejected: [], errors: [{ line: 1, column: "", code: "assignment_rule.import_unreadable" }] };
    const counters: Counters = { read: file.read, created: 0, updated: 0, unchanged: 0, rejected: file.rejected.length };
    const outcomes: LineOutcome[] = file.rejected.map((line) => ({ ...line, result: "rejected" }));
    const errors = [...file.errors];
    await progress.report(5, counters);
    // A tenant's table is a few thousand lines at most: one transaction, all or nothing.
    await withTenant(this.database, ctx, async (tx) => {
      const saved = await saveLines(tx, ctx, file.valid);
      for (const line of saved.lines) counters[line.result] += 1;
      outcomes.push(...saved.lines);
      errors.push(...saved.errors);
    });
    await progress.report(95, counters);
    return { counters, ...(await saveImportReports(deps, ctx, parameters.fileName, { outcomes, errors, keyHeader: "regle", resultLabels })) };
  }
}

/** Every rule the filters select with its introducer's code and its advisor's e-mail, department rules first. */
async function ruleLines(tx: Executor, tenantId: string, filters: RuleFilters): Promise<RuleLine[]> {
  return tx
    .select({ market: assignmentRules.market, postalCode: assignmentRules.postalCode, department: assignmentRules.department, introducerCode: introducers.code, advisorEmail: users.email })
    .from(assignmentRules)
    .innerJoin(introducers, and(eq(introducers.tenantId, assignmentRules.tenantId), eq(introducers.id, assignmentRules.introducerId)))
    .leftJoin(users, and(eq(users.tenantId, assignmentRules.tenantId), eq(users.id, assignmentRules.advisorId)))
    .where(ruleWhere(tenantId, filters))
    .orderBy(assignmentRules.market, sql`${assignmentRules.department} is null`, assignmentRules.department, assignmentRules.postalCode);
}

/** Resolves each line's introducer and advisor, then creates, updates or leaves its rule. */
async function saveLines(tx: Executor, ctx: RequestContext, lines: Array<{ line: number; rule: RuleLine }>): Promise<{ lines: LineOutcome[]; errors: ImportLineError[] }> {
  const result = { lines: [] as LineOutcome[], errors: [] as ImportLineError[] };
  if (lines.length === 0) return result;
  const codes = [...new Set(lines.map(({ rule }) => rule.introducerCode))];
  const introducerRows = await tx.select().from(introducers).where(and(eq(introducers.tenantId, ctx.tenantId), inArray(introducers.code, codes)));
  const introducerOf = new Map(introducerRows.map((row) => [row.code, row]));
  const emails = [...new Set(lines.flatMap(({ rule }) => (rule.advisorEmail ? [rule.advisorEmail] : [])))];
  const advisorRows = emails.length === 0 ? [] : await tx
    .select({ email: sql<string>`lower(${users.email})`, userId: users.id, introducerId: advisorMemberships.introducerId })
    .from(users)
    .leftJoin(advisorMemberships, and(eq(advisorMemberships.tenantId, users.tenantId), eq(advisorMemberships.userId, users.id), isNull(advisorMemberships.endedAt)))
    .where(and(eq(users.tenantId, ctx.tenantId), inArray(sql`lower(${users.email})`, emails)));
  const advisorOf = new Map(advisorRows.map((row) => [row.email, row]));
  const existing = await tx.select().from(assignmentRules).where(eq(assignmentRules.tenantId, ctx.tenantId)).for("update");
  const ruleAt = new Map(existing.map((row) => [ruleKey(row), row]));

  for (const { line, rule } of lines) {
    const key = ruleKey(rule);
    const reject = (column: string, code: string, params?: Record<string, unknown>) => {
      result.errors.push({ line, column, code, ...(params ? { params } : {}) });
      result.lines.push({ line, key, result: "rejected" });
    };
    const introducer = introducerOf.get(rule.introducerCode);
    if (!introducer) {
      reject("code_apporteur", "assignment_rule.unknown_introducer", { value: rule.introducerCode });
      continue;
    }
    if (!introducer.active) {
      reject("code_apporteur", "introducer.inactive");
      continue;
    }
    const advisor = rule.advisorEmail ? advisorOf.get(rule.advisorEmail) : undefined;
    if (rule.advisorEmail && !advisor) {
      reject("email_conseiller", "assignment_rule.unknown_advisor", { value: rule.advisorEmail });
      continue;
    }
    if (advisor && advisor.introducerId !== introducer.id) {
      reject("email_conseiller", "assignment_rule.advisor_not_member");
      continue;
    }
    const wanted = { introducerId: introducer.id, advisorId: advisor?.userId ?? null };
    const current = ruleAt.get(key);
    if (!current) {
      const [row] = await tx.insert(assignmentRules).values({ tenantId: ctx.tenantId, market: rule.market, postalCode: rule.postalCode, department: rule.department, ...wanted, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "assignment_rule", entityId: row.id, before: null, after: { ...toRuleView(row) } });
      result.lines.push({ line, key, result: "created" });
      continue;
    }
    if (current.introducerId === wanted.introducerId && current.advisorId === wanted.advisorId) {
      result.lines.push({ line, key, result: "unchanged" });
      continue;
    }
    const [row] = await tx.update(assignmentRules).set({ ...wanted, ...nextVersion(current, ctx.userId) }).where(and(eq(assignmentRules.tenantId, ctx.tenantId), eq(assignmentRules.id, current.id))).returning();
    if (!row) throw new Error(`rule ${key} vanished during the import`);
    await recordAudit(tx, ctx, { entity: "assignment_rule", entityId: row.id, before: { ...toRuleView(current) }, after: { ...toRuleView(row) } });
    result.lines.push({ line, key, result: "updated" });
  }
  return result;
}
