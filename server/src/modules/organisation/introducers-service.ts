import { and, asc, count, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { organisationPermissions } from "./permissions.js";
import { advisorMemberships, assignmentRules, introducers, type IntroducerKind } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface IntroducerAddress {
  lines: string[];
  postalCode: string;
  city: string;
}

export interface IntroducerView {
  id: string;
  kind: IntroducerKind;
  name: string;
  code: string;
  address: IntroducerAddress | null;
  phone: string | null;
  email: string | null;
  contactName: string | null;
  oriasNumber: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface IntroducerInput {
  kind: IntroducerKind;
  name: string;
  code: string;
  address?: IntroducerAddress | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  contactName?: string | null | undefined;
  oriasNumber?: string | null | undefined;
  active?: boolean | undefined;
}

export type IntroducerChange = Partial<IntroducerInput> & { version: number };

export interface IntroducerListQuery extends ListQuery {
  kind?: IntroducerKind | undefined;
  active?: boolean | undefined;
}

type IntroducerRow = typeof introducers.$inferSelect;

const toView = (row: IntroducerRow): IntroducerView => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  code: row.code,
  address: row.postalCode && row.city ? { lines: row.addressLines ?? [], postalCode: row.postalCode, city: row.city } : null,
  phone: row.phone,
  email: row.email,
  contactName: row.contactName,
  oriasNumber: row.oriasNumber,
  active: row.active,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const audited = (row: IntroducerRow): Record<string, unknown> => {
  const { createdAt: _created, updatedAt: _updated, ...fields } = toView(row);
  return fields;
};

/** The columns of an input's fields, only those given. */
function columnsOf(input: Partial<IntroducerInput>): Partial<IntroducerRow> {
  const { address, ...fields } = input;
  if (address === undefined) return fields;
  return { ...fields, addressLines: address?.lines ?? null, postalCode: address?.postalCode ?? null, city: address?.city ?? null };
}

/** A broker has its 8-digit ORIAS number; nobody else has one. */
export function oriasErrors(kind: IntroducerKind, oriasNumber: string | null | undefined): FieldError[] {
  if (kind !== "broker") return oriasNumber ? [{ path: "oriasNumber", code: "introducer.orias_brokers_only" }] : [];
  if (!oriasNumber) return [{ path: "oriasNumber", code: "introducer.orias_required" }];
  return /^\d{8}$/.test(oriasNumber) ? [] : [{ path: "oriasNumber", code: "introducer.invalid_orias" }];
}

export const introducerSortable = { name: introducers.name, code: introducers.code, kind: introducers.kind, createdAt: introducers.createdAt };
const codeTaken = (): Problem => new Problem(409, "introducer.code_taken", { errors: [{ path: "code", code: "introducer.code_taken" }] });

/** Whether anything refers to the introducer: an advisor's membership (even past), a rule, a person, a company. */
async function inUse(tx: Executor, tenantId: string, id: string): Promise<boolean> {
  for (const table of [advisorMemberships, assignmentRules, persons, companies]) {
    const [row] = await tx.select({ total: count() }).from(table).where(and(eq(table.tenantId, tenantId), eq(table.introducerId, id)));
    if ((row?.total ?? 0) > 0) return true;
  }
  return false;
}

/** Agencies, the head office and brokers: the units prospects are assigned to. */
export class IntroducersService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: IntroducerListQuery): Promise<Page<IntroducerView>> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      // A few dozen rows per tenant: a plain ILIKE is cheap here.
      const where = and(
        eq(introducers.tenantId, ctx.tenantId),
        query.kind ? eq(introducers.kind, query.kind) : undefined,
        query.active !== undefined ? eq(introducers.active, query.active) : undefined,
        anyContains(query.q, introducers.name, introducers.code),
      );
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(introducers).where(where).orderBy(...orderByFromSort(query.sort, introducerSortable, [asc(introducers.name), asc(introducers.id)])).limit(limit).offset(offset);
      const [total] = await tx.select({ total: count() }).from(introducers).where(where);
      return { items: rows.map(toView), total: total?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<IntroducerView> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const row = await findIntroducer(tx, ctx.tenantId, id);
      if (!row) throw notFound();
      return toView(row);
    });
  }

  /** Pricing's commission rules need only the kind, and its callers hold `catalogue:read`, not `organisation:read`. */
  async kindOf(tenantId: string, id: string): Promise<{ id: string; kind: IntroducerKind } | undefined> {
    const row = await this.database.readAsTenant(tenantId, (tx) => findIntroducer(tx, tenantId, id));
    return row ? { id: row.id, kind: row.kind } : undefined;
  }

  async create(ctx: RequestContext, input: IntroducerInput): Promise<IntroducerView> {
    requirePermission(ctx, organisationPermissions.write);
    const errors = oriasErrors(input.kind, input.oriasNumber);
    if (errors.length > 0) throw invalidFields(errors);
    return withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .insert(introducers)
        .values({ ...columnsOf(input), kind: input.kind, name: input.name, code: input.code, tenantId: ctx.tenantId, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "introducer", entityId: row.id, before: null, after: audited(row) });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error;
    });
  }

  async update(ctx: RequestContext, id: string, change: IntroducerChange): Promise<IntroducerView> {
    requirePermission(ctx, organisationPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(introducers).where(and(eq(introducers.tenantId, ctx.tenantId), eq(introducers.id, id))).for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, ...input } = change;
      const errors = oriasErrors(input.kind ?? existing.kind, input.oriasNumber === undefined ? existing.oriasNumber : input.oriasNumber);
      if (errors.length > 0) throw invalidFields(errors);
      if (!changesStored(existing, columnsOf(input))) return toView(existing);
      const [row] = await tx
        .update(introducers)
        .set({ ...columnsOf(input), ...nextVersion(existing, ctx.userId) })
        .where(and(eq(introducers.tenantId, ctx.tenantId), eq(introducers.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "introducer", entityId: id, before: audited(existing), after: audited(row) });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? codeTaken() : error;
    });
  }

  /** Refused with 409 introducer.in_use while anything refers to it: it is deactivated instead, and keeps its history. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, organisationPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const row = await findIntroducer(tx, ctx.tenantId, id);
      if (!row) throw notFound();
      if (await inUse(tx, ctx.tenantId, id)) throw new Problem(409, "introducer.in_use");
      await tx.delete(introducers).where(and(eq(introducers.tenantId, ctx.tenantId), eq(introducers.id, id)));
      await recordAudit(tx, ctx, { entity: "introducer", entityId: id, before: audited(row), after: null });
    });
  }
}

export async function findIntroducer(tx: Executor, tenantId: string, id: string): Promise<IntroducerRow | undefined> {
  const [row] = await tx.select().from(introducers).where(and(eq(introducers.tenantId, tenantId), eq(introducers.id, id)));
  return row;
}
