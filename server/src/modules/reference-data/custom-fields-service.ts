import { and, asc, count, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import type { CustomFieldDefinition } from "./custom-field-values.js";
import { referencePermissions } from "./permissions.js";
import { customFields, type CustomFieldType } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export const customFieldEntities = ["person", "company", "opportunity", "contract"] as const;
export type CustomFieldEntity = (typeof customFieldEntities)[number];

export interface CustomFieldView extends CustomFieldDefinition {
  id: string;
  entity: string;
  labelFr: string;
  labelEn: string;
  sortOrder: number;
  version: number;
}

export interface CustomFieldInput {
  entity: CustomFieldEntity;
  key: string;
  labelFr: string;
  labelEn: string;
  type: CustomFieldType;
  listValues?: string[] | undefined;
  required?: boolean | undefined;
  sortOrder?: number | undefined;
}

export type CustomFieldChange = Partial<Pick<CustomFieldInput, "labelFr" | "labelEn" | "listValues" | "required" | "sortOrder">> & { active?: boolean | undefined; version: number };

const toView = (row: typeof customFields.$inferSelect): CustomFieldView => ({
  id: row.id,
  entity: row.entity,
  key: row.key,
  labelFr: row.labelFr,
  labelEn: row.labelEn,
  type: row.type,
  listValues: row.listValues,
  required: row.required,
  active: row.active,
  sortOrder: row.sortOrder,
  version: row.version,
});

function refuseEmptyList(type: CustomFieldType, listValues: string[]): void {
  if (type === "list" && listValues.length === 0) {
    throw new Problem(400, "validation.failed", { errors: [{ path: "listValues", code: "custom_field.list_values_required" }] });
  }
}

export const customFieldSortable = {
  entity: customFields.entity,
  key: customFields.key,
  labelFr: customFields.labelFr,
  labelEn: customFields.labelEn,
  type: customFields.type,
  sortOrder: customFields.sortOrder,
};

export class CustomFieldsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: ListQuery & { entity?: string | undefined }): Promise<Page<CustomFieldView>> {
    requirePermission(ctx, referencePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(
        eq(customFields.tenantId, ctx.tenantId),
        query.entity ? eq(customFields.entity, query.entity) : undefined,
        anyContains(query.q, customFields.key, customFields.labelFr),
      );
      const { limit, offset } = pageWindow(query);
      const order = [...orderByFromSort(query.sort, customFieldSortable, [asc(customFields.entity), asc(customFields.sortOrder), asc(customFields.key)]), asc(customFields.id)];
      const rows = await tx.select().from(customFields).where(where).orderBy(...order).limit(limit).offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(customFields).where(where);
      return { items: rows.map(toView), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  /** The definitions a record of `entity` is validated against and exported with (used by the modules that own records). */
  async definitionsFor(tx: Executor, tenantId: string, entity: CustomFieldEntity): Promise<CustomFieldView[]> {
    const rows = await tx.select().from(customFields).where(and(eq(customFields.tenantId, tenantId), eq(customFields.entity, entity)));
    return rows.map(toView);
  }

  async get(ctx: RequestContext, id: string): Promise<CustomFieldView> {
    requirePermission(ctx, referencePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(customFields).where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.id, id)));
      if (!row) throw notFound();
      return toView(row);
    });
  }

  async create(ctx: RequestContext, input: CustomFieldInput): Promise<CustomFieldView> {
    requirePermission(ctx, referencePermissions.customFields);
    const listValues = input.type === "list" ? [...new Set(input.listValues ?? [])] : [];
    refuseEmptyList(input.type, listValues);
    return withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .insert(customFields)
        .values({
          tenantId: ctx.tenantId,
          entity: input.entity,
          key: input.key,
          labelFr: input.labelFr,
          labelEn: input.labelEn,
          type: input.type,
          listValues,
          required: input.required ?? false,
          sortOrder: input.sortOrder ?? 0,
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "custom_field", entityId: row.id, before: null, after: { ...toView(row) } });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "key", code: "record.already_exists" }] }) : error;
    });
  }

  /** The key, entity and type are fixed once created: stored values depend on them. */
  async update(ctx: RequestContext, id: string, input: CustomFieldChange): Promise<CustomFieldView> {
    requirePermission(ctx, referencePermissions.customFields);
    return withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(customFields).where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.id, id))).for("update");
      const existing = checkVersion(current, input.version);
      if (input.listValues !== undefined) refuseEmptyList(existing.type, input.listValues);
      const fields = {
        ...(input.labelFr !== undefined ? { labelFr: input.labelFr } : {}),
        ...(input.labelEn !== undefined ? { labelEn: input.labelEn } : {}),
        ...(input.listValues !== undefined && existing.type === "list" ? { listValues: [...new Set(input.listValues)] } : {}),
        ...(input.required !== undefined ? { required: input.required } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
      };
      if (!changesStored(existing, fields)) return toView(existing);
      const [row] = await tx
        .update(customFields)
        .set({ ...fields, ...nextVersion(existing, ctx.userId) })
        .where(and(eq(customFields.tenantId, ctx.tenantId), eq(customFields.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "custom_field", entityId: id, before: { ...toView(existing) }, after: { ...toView(row) } });
      return toView(row);
    });
  }
}
