import { and, asc, count, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { preparedQuery } from "../../platform/db/prepared-query.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { referencePermissions } from "./permissions.js";
import { referenceTables, referenceValues } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface ReferenceTableView {
  code: string;
  labelFr: string;
  labelEn: string;
  valueCount: number;
}

export interface ReferenceValueView {
  id: string;
  tableCode: string;
  code: string;
  labelFr: string;
  labelEn: string;
  active: boolean;
  sortOrder: number;
  version: number;
}

/** Answers whether a value is referenced by a record of the module that registered it. */
export type ReferenceUsageCheck = (tx: Executor, tenantId: string, tableCode: string, valueCode: string) => Promise<boolean>;

const toValueView = (row: typeof referenceValues.$inferSelect): ReferenceValueView => ({
  id: row.id,
  tableCode: row.tableCode,
  code: row.code,
  labelFr: row.labelFr,
  labelEn: row.labelEn,
  active: row.active,
  sortOrder: row.sortOrder,
  version: row.version,
});

/** One value by id: the hot read of a record's coded fields, prepared once per connection. */
function valueByIdQuery(db: Executor, lock: boolean) {
  const query = db
    .select()
    .from(referenceValues)
    .where(and(eq(referenceValues.tenantId, sql.placeholder("tenantId")), eq(referenceValues.tableCode, sql.placeholder("tableCode")), eq(referenceValues.id, sql.placeholder("id"))));
  return lock ? query.for("update").prepare("reference_value_by_id_for_update") : query.prepare("reference_value_by_id");
}
const valueById = preparedQuery((db) => valueByIdQuery(db, false));
const valueByIdForUpdate = preparedQuery((db) => valueByIdQuery(db, true));

export const referenceValueSortable = { code: referenceValues.code, labelFr: referenceValues.labelFr, labelEn: referenceValues.labelEn, sortOrder: referenceValues.sortOrder };
export const referenceTableSortable = { code: referenceTables.code, labelFr: referenceTables.labelFr, labelEn: referenceTables.labelEn };

export class ReferenceValuesService {
  private readonly usageChecks: ReferenceUsageCheck[] = [];

  constructor(private readonly database: Database) {}

  /** Modules that store reference codes register how to find them, so a used value cannot be deleted. */
  registerUsageCheck(check: ReferenceUsageCheck): void {
    this.usageChecks.push(check);
  }

  async listTables(ctx: RequestContext, query: ListQuery): Promise<Page<ReferenceTableView>> {
    requirePermission(ctx, referencePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const label = ctx.locale === "en" ? referenceTables.labelEn : referenceTables.labelFr;
      const where = and(eq(referenceTables.tenantId, ctx.tenantId), anyContains(query.q, referenceTables.code, label));
      const order = [...orderByFromSort(query.sort, referenceTableSortable, [asc(label)]), asc(referenceTables.code)];
      const { limit, offset } = pageWindow(query);
      const rows = await tx
        .select({
          code: referenceTables.code,
          labelFr: referenceTables.labelFr,
          labelEn: referenceTables.labelEn,
          valueCount: sql<number>`(select count(*)::int from reference_values v where v.tenant_id = reference_tables.tenant_id and v.table_code = reference_tables.code)`,
        })
        .from(referenceTables)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(referenceTables).where(where);
      return { items: rows, total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async listValues(ctx: RequestContext, tableCode: string, query: ListQuery & { includeInactive?: boolean | undefined }): Promise<Page<ReferenceValueView>> {
    requirePermission(ctx, referencePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      await this.requireTable(tx, ctx.tenantId, tableCode);
      const where = and(
        eq(referenceValues.tenantId, ctx.tenantId),
        eq(referenceValues.tableCode, tableCode),
        query.includeInactive ? undefined : eq(referenceValues.active, true),
        anyContains(query.q, referenceValues.code, referenceValues.labelFr, referenceValues.labelEn),
      );
      const { limit, offset } = pageWindow(query);
      const rows = await tx
        .select()
        .from(referenceValues)
        .where(where)
        .orderBy(...orderByFromSort(query.sort, referenceValueSortable, [asc(referenceValues.sortOrder), asc(referenceValues.labelFr)]))
        .limit(limit)
        .offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(referenceValues).where(where);
      return { items: rows.map(toValueView), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async getValue(ctx: RequestContext, tableCode: string, id: string): Promise<ReferenceValueView> {
    requirePermission(ctx, referencePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toValueView(await this.requireValue(tx, ctx.tenantId, tableCode, id)));
  }

  async createValue(ctx: RequestContext, tableCode: string, input: { code: string; labelFr: string; labelEn: string; sortOrder?: number | undefined }): Promise<ReferenceValueView> {
    requirePermission(ctx, referencePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      await this.requireTable(tx, ctx.tenantId, tableCode);
      const [row] = await tx
        .insert(referenceValues)
        .values({ tenantId: ctx.tenantId, tableCode, code: input.code, labelFr: input.labelFr, labelEn: input.labelEn, sortOrder: input.sortOrder ?? 0, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "reference_value", entityId: row.id, before: null, after: { ...toValueView(row) } });
      return toValueView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "code", code: "record.already_exists" }] }) : error;
    });
  }

  async updateValue(
    ctx: RequestContext,
    tableCode: string,
    id: string,
    input: { labelFr?: string | undefined; labelEn?: string | undefined; active?: boolean | undefined; sortOrder?: number | undefined; version: number },
  ): Promise<ReferenceValueView> {
    requirePermission(ctx, referencePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const existing = checkVersion(await this.findValue(tx, ctx.tenantId, tableCode, id, true), input.version);
      const { version: _version, ...fields } = input;
      if (!changesStored(existing, fields)) return toValueView(existing);
      const [row] = await tx
        .update(referenceValues)
        .set({
          ...(input.labelFr !== undefined ? { labelFr: input.labelFr } : {}),
          ...(input.labelEn !== undefined ? { labelEn: input.labelEn } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
          ...nextVersion(existing, ctx.userId),
        })
        .where(and(eq(referenceValues.tenantId, ctx.tenantId), eq(referenceValues.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "reference_value", entityId: id, before: { ...toValueView(existing) }, after: { ...toValueView(row) } });
      return toValueView(row);
    });
  }

  /** Deleting is for mistakes; a value some record uses can only be deactivated. */
  async deleteValue(ctx: RequestContext, tableCode: string, id: string): Promise<void> {
    requirePermission(ctx, referencePermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const existing = await this.requireValue(tx, ctx.tenantId, tableCode, id);
      for (const check of this.usageChecks) {
        if (await check(tx, ctx.tenantId, tableCode, existing.code)) throw new Problem(409, "reference.value_in_use");
      }
      await tx.delete(referenceValues).where(and(eq(referenceValues.tenantId, ctx.tenantId), eq(referenceValues.id, id)));
      await recordAudit(tx, ctx, { entity: "reference_value", entityId: id, before: { ...toValueView(existing) }, after: null });
    });
  }

  private async requireTable(tx: Executor, tenantId: string, tableCode: string): Promise<void> {
    const [table] = await tx.select({ code: referenceTables.code }).from(referenceTables).where(and(eq(referenceTables.tenantId, tenantId), eq(referenceTables.code, tableCode)));
    if (!table) throw new Problem(404, "reference.unknown_table");
  }

  private async findValue(tx: Executor, tenantId: string, tableCode: string, id: string, lock = false) {
    const [row] = await (lock ? valueByIdForUpdate : valueById)(tx, { tenantId, tableCode, id });
    return row;
  }

  private async requireValue(tx: Executor, tenantId: string, tableCode: string, id: string) {
    const row = await this.findValue(tx, tenantId, tableCode, id);
    if (!row) throw notFound();
    return row;
  }
}
