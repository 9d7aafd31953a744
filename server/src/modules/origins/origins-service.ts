import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem } from "../../platform/http/problem.js";
import { checkOriginDates } from "./origin-values.js";
import { originPermissions } from "./permissions.js";
import { origins, type OriginKind } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface OriginView {
  id: string;
  code: string;
  label: string;
  labelEn: string | null;
  kind: OriginKind;
  startDate: string | null;
  endDate: string | null;
  costCents: number | null;
  active: boolean;
  system: boolean;
  version: number;
  updatedAt: string;
}

export interface OriginListQuery extends ListQuery {
  kind?: OriginKind | undefined;
  active?: boolean | undefined;
}

export interface OriginInput {
  code: string;
  label: string;
  labelEn?: string | null | undefined;
  kind: OriginKind;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  costCents?: number | null | undefined;
  active?: boolean | undefined;
}

export type OriginChange = Partial<Omit<OriginInput, "code">> & { version: number };

/** Answers whether an origin is referenced by a record of the module that registered it (persons, companies, opportunities). */
export type OriginUsageCheck = (tx: Executor, tenantId: string, origin: { id: string; code: string }) => Promise<boolean>;

type OriginRow = typeof origins.$inferSelect;

export const toOriginView = (row: OriginRow): OriginView => ({
  id: row.id,
  code: row.code,
  label: row.label,
  labelEn: row.labelEn,
  kind: row.kind,
  startDate: row.startDate,
  endDate: row.endDate,
  costCents: row.costCents,
  active: row.active,
  system: row.system,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/** The fields people change, as the audit trail records them. */
export const auditedOrigin = (row: OriginRow): Record<string, unknown> => {
  const { updatedAt: _updatedAt, ...fields } = toOriginView(row);
  return fields;
};

export const originSortable = {
  code: origins.code,
  label: origins.label,
  labelEn: origins.labelEn,
  kind: origins.kind,
  startDate: origins.startDate,
  endDate: origins.endDate,
  costCents: origins.costCents,
  active: origins.active,
  system: origins.system,
  updatedAt: origins.updatedAt,
};

const systemReadonly = (): Problem => new Problem(409, "origin.system_readonly");

export class OriginsService {
  private readonly usageChecks: OriginUsageCheck[] = [];

  constructor(private readonly database: Database) {}

  /** Modules that store an origin register how to find it, so that a used origin cannot be deleted. */
  registerUsageCheck(check: OriginUsageCheck): void {
    this.usageChecks.push(check);
  }

  private listWhere(ctx: RequestContext, query: Pick<OriginListQuery, "q" | "kind" | "active">): SQL | undefined {
    return and(
      eq(origins.tenantId, ctx.tenantId),
      query.kind ? eq(origins.kind, query.kind) : undefined,
      query.active === undefined ? undefined : eq(origins.active, query.active),
      anyContains(query.q, origins.code, origins.label, origins.labelEn),
    );
  }

  async list(ctx: RequestContext, query: OriginListQuery): Promise<Page<OriginView>> {
    requirePermission(ctx, originPermissions.read);
    const where = this.listWhere(ctx, query);
    const orderBy = [...orderByFromSort(query.sort, originSortable, [desc(origins.system), asc(origins.label)]), asc(origins.id)];
    return readAsTenant(this.database, ctx, async (tx) => {
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(origins).where(where).orderBy(...orderBy).limit(limit).offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(origins).where(where);
      return { items: rows.map(toOriginView), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  /**
   * Every origin the list query selects, a batch at a time, for the streamed export. Permission and
   * sort are checked now, so that a refusal is an answer and not a broken download.
   */
  iterate(ctx: RequestContext, query: Omit<OriginListQuery, "page" | "perPage">, batchSize = 500): AsyncGenerator<OriginView[]> {
    requirePermission(ctx, originPermissions.read);
    const where = this.listWhere(ctx, query);
    const orderBy = [...orderByFromSort(query.sort, originSortable, [desc(origins.system), asc(origins.label)]), asc(origins.id)];
    const database = this.database;
    return (async function* () {
      for (let offset = 0; ; offset += batchSize) {
        const rows = await readAsTenant(database, ctx, (tx) => tx.select().from(origins).where(where).orderBy(...orderBy).limit(batchSize).offset(offset));
        if (rows.length > 0) yield rows.map(toOriginView);
        if (rows.length < batchSize) return;
      }
    })();
  }

  async get(ctx: RequestContext, id: string): Promise<OriginView> {
    requirePermission(ctx, originPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toOriginView(await this.require(tx, ctx.tenantId, id)));
  }

  async create(ctx: RequestContext, input: OriginInput): Promise<OriginView> {
    requirePermission(ctx, originPermissions.write);
    const dateErrors = checkOriginDates(input.startDate, input.endDate);
    if (dateErrors.length > 0) throw invalidFields(dateErrors);
    return withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .insert(origins)
        .values({
          tenantId: ctx.tenantId,
          code: input.code,
          label: input.label,
          labelEn: input.labelEn ?? null,
          kind: input.kind,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          costCents: input.costCents ?? null,
          active: input.active ?? true,
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "origin", entityId: row.id, before: null, after: auditedOrigin(row) });
      return toOriginView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "code", code: "record.already_exists" }] }) : error;
    });
  }

  async update(ctx: RequestContext, id: string, change: OriginChange): Promise<OriginView> {
    requirePermission(ctx, originPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const found = await this.find(tx, ctx.tenantId, id, true);
      if (found?.system) throw systemReadonly();
      const existing = checkVersion(found, change.version);
      const fields = {
        ...(change.label !== undefined ? { label: change.label } : {}),
        ...(change.labelEn !== undefined ? { labelEn: change.labelEn } : {}),
        ...(change.kind !== undefined ? { kind: change.kind } : {}),
        ...(change.startDate !== undefined ? { startDate: change.startDate } : {}),
        ...(change.endDate !== undefined ? { endDate: change.endDate } : {}),
        ...(change.costCents !== undefined ? { costCents: change.costCents } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
      };
      const dateErrors = checkOriginDates(fields.startDate === undefined ? existing.startDate : fields.startDate, fields.endDate === undefined ? existing.endDate : fields.endDate);
      if (dateErrors.length > 0) throw invalidFields(dateErrors);
      if (!changesStored(existing, fields)) return toOriginView(existing);
      const [row] = await tx
        .update(origins)
        .set({ ...fields, ...nextVersion(existing, ctx.userId) })
        .where(and(eq(origins.tenantId, ctx.tenantId), eq(origins.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "origin", entityId: id, before: auditedOrigin(existing), after: auditedOrigin(row) });
      return toOriginView(row);
    });
  }

  /** Deleting is for mistakes; an origin some record carries can only be deactivated. */
  async delete(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, originPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const existing = await this.find(tx, ctx.tenantId, id, true);
      if (!existing) throw notFound();
      if (existing.system) throw systemReadonly();
      for (const check of this.usageChecks) {
        if (await check(tx, ctx.tenantId, { id: existing.id, code: existing.code })) throw new Problem(409, "origin.in_use");
      }
      await tx.delete(origins).where(and(eq(origins.tenantId, ctx.tenantId), eq(origins.id, id)));
      await recordAudit(tx, ctx, { entity: "origin", entityId: id, before: auditedOrigin(existing), after: null });
    });
  }

  private async find(tx: Executor, tenantId: string, id: string, lock = false): Promise<OriginRow | undefined> {
    const query = tx.select().from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.id, id)));
    const [row] = lock ? await query.for("update") : await query;
    return row;
  }

  private async require(tx: Executor, tenantId: string, id: string): Promise<OriginRow> {
    const row = await this.find(tx, tenantId, id);
    if (!row) throw notFound();
    return row;
  }
}

/** Every origin of the tenant by id, as "label (code)": what exports write beside a record's origin id. */
/** Whether the tenant has this origin: a record naming another's is refused on its field with the others, not by the foreign key after them. */
export async function originExists(tx: Executor, tenantId: string, id: string): Promise<boolean> {
  return (await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.id, id))).limit(1)).length > 0;
}

export async function originNamesIn(tx: Executor, tenantId: string): Promise<ReadonlyMap<string, string>> {
  const rows = await tx.select({ id: origins.id, code: origins.code, label: origins.label }).from(origins).where(eq(origins.tenantId, tenantId));
  return new Map(rows.map((row) => [row.id, `${row.label} (${row.code})`]));
}
