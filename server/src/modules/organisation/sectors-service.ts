import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { isDepartmentCode, isPostalCode } from "./departments.js";
import { organisationPermissions } from "./permissions.js";
import type { SectorCoverage } from "./sector-derivation.js";
import { sectors } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface SectorView {
  id: string;
  code: string;
  label: string;
  departments: string[];
  postalCodes: string[];
  version: number;
}

export interface SectorInput {
  code: string;
  label: string;
  departments?: string[] | undefined;
  postalCodes?: string[] | undefined;
}

export type SectorChange = Partial<SectorInput> & { version: number };

type SectorRow = typeof sectors.$inferSelect;

const toView = (row: SectorRow): SectorView => ({ id: row.id, code: row.code, label: row.label, departments: row.departments, postalCodes: row.postalCodes, version: row.version });
export const sectorSortable = { code: sectors.code, label: sectors.label };
const codeTaken = (): Problem => new Problem(409, "sector.code_taken", { errors: [{ path: "code", code: "sector.code_taken" }] });

/** Each department and postal code well formed and listed once. */
function formErrors(departments: string[], postalCodes: string[]): FieldError[] {
  const errors: FieldError[] = [];
  const check = (values: string[], field: string, valid: (value: string) => boolean, code: string) =>
    values.forEach((value, index) => {
      if (!valid(value)) errors.push({ path: `${field}.${index}`, code, params: { value } });
      else if (values.indexOf(value) !== index) errors.push({ path: `${field}.${index}`, code: "sector.listed_twice", params: { value } });
    });
  check(departments, "departments", isDepartmentCode, "sector.invalid_department");
  check(postalCodes, "postalCodes", isPostalCode, "sector.invalid_postal_code");
  return errors;
}

/** A department or postal code already in another sector: derivation must give one sector, so it is refused, naming the other. */
async function overlapErrors(tx: Executor, tenantId: string, exceptId: string | undefined, departments: string[], postalCodes: string[]): Promise<FieldError[]> {
  const others = await tx.select().from(sectors).where(and(eq(sectors.tenantId, tenantId), exceptId ? ne(sectors.id, exceptId) : undefined));
  const errors: FieldError[] = [];
  const check = (values: string[], field: string, listOf: (row: SectorRow) => string[]) =>
    values.forEach((value, index) => {
      const other = others.find((row) => listOf(row).includes(value));
      if (other) errors.push({ path: `${field}.${index}`, code: "sector.overlap", params: { value, sector: other.code, sectorId: other.id } });
    });
  check(departments, "departments", (row) => row.departments);
  check(postalCodes, "postalCodes", (row) => row.postalCodes);
  return errors;
}

/** The tenant's geographic sectors, each listing departments and/or postal codes. */
export class SectorsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<SectorView>> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(eq(sectors.tenantId, ctx.tenantId), anyContains(query.q, sectors.code, sectors.label));
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(sectors).where(where).orderBy(...orderByFromSort(query.sort, sectorSortable, [asc(sectors.code), asc(sectors.id)])).limit(limit).offset(offset);
      const [total] = await tx.select({ total: count() }).from(sectors).where(where);
      return { items: rows.map(toView), total: total?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SectorView> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(sectors).where(and(eq(sectors.tenantId, ctx.tenantId), eq(sectors.id, id)));
      if (!row) throw notFound();
      return toView(row);
    });
  }

  async create(ctx: RequestContext, input: SectorInput): Promise<SectorView> {
    requirePermission(ctx, organisationPermissions.write);
    const departments = input.departments ?? [];
    const postalCodes = input.postalCodes ?? [];
    const errors = formErrors(departments, postalCodes);
    if (errors.length > 0) throw invalidFields(errors);
    return withTenant(this.database, ctx, async (tx) => {
      await refuseOverlap(tx, ctx.tenantId, undefined, departments, postalCodes);
      const [row] = await tx.insert(sectors).values({ tenantId: ctx.tenantId, code: input.code, label: input.label, departments, postalCodes, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "sector", entityId: row.id, before: null, after: { ...toView(row) } });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error;
    });
  }

  async update(ctx: RequestContext, id: string, change: SectorChange): Promise<SectorView> {
    requirePermission(ctx, organisationPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(sectors).where(and(eq(sectors.tenantId, ctx.tenantId), eq(sectors.id, id))).for("update");
      const existing = checkVersion(current, change.version);
      const departments = change.departments ?? existing.departments;
      const postalCodes = change.postalCodes ?? existing.postalCodes;
      const errors = formErrors(departments, postalCodes);
      if (errors.length > 0) throw invalidFields(errors);
      await refuseOverlap(tx, ctx.tenantId, id, departments, postalCodes);
      if (!changesStored(existing, { code: change.code, label: change.label, departments, postalCodes })) return toView(existing);
      const [row] = await tx
        .update(sectors)
        .set({ ...(change.code !== undefined ? { code: change.code } : {}), ...(change.label !== undefined ? { label: change.label } : {}), departments, postalCodes, ...nextVersion(existing, ctx.userId) })
        .where(and(eq(sectors.tenantId, ctx.tenantId), eq(sectors.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "sector", entityId: id, before: { ...toView(existing) }, after: { ...toView(row) } });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error;
    });
  }

  /** Records keep the id of a deleted sector until they are saved again (derivation then finds their new one). */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, organisationPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.delete(sectors).where(and(eq(sectors.tenantId, ctx.tenantId), eq(sectors.id, id))).returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "sector", entityId: id, before: { ...toView(row) }, after: null });
    });
  }
}

/** Checked under a tenant-wide lock held until commit, so that two writes cannot both miss their overlap. */
async function refuseOverlap(tx: Executor, tenantId: string, exceptId: string | undefined, departments: string[], postalCodes: string[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sectors:${tenantId}`}, 0))`);
  const errors = await overlapErrors(tx, tenantId, exceptId, departments, postalCodes);
  if (errors.length > 0) {
    const overlaps = errors.map((error) => ({ value: error.params?.value, sectorId: error.params?.sectorId, sectorCode: error.params?.sector }));
    throw new Problem(409, "sector.overlap", { errors, params: errors[0]?.params ?? {}, extensions: { overlaps } });
  }
}

/** Every sector of a tenant, for derivation. */
export async function sectorCoverage(tx: Executor, tenantId: string): Promise<SectorCoverage[]> {
  return tx.select({ id: sectors.id, departments: sectors.departments, postalCodes: sectors.postalCodes }).from(sectors).where(eq(sectors.tenantId, tenantId));
}
