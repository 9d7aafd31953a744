import { and, asc, count, eq, inArray, or, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import type { Market } from "../../platform/records/assignment.js";
import type { AssignmentRuleEntry } from "./assignment-engine.js";
import { currentIntroducerOf } from "./advisors-service.js";
import { departmentOf, isDepartmentCode, isPostalCode } from "./departments.js";
import { findIntroducer } from "./introducers-service.js";
import { organisationPermissions } from "./permissions.js";
import { assignmentRules, introducers } from "./schema.js";

export interface AssignmentRuleView {
  id: string;
  market: Market;
  postalCode: string | null;
  department: string | null;
  introducerId: string;
  advisorId: string | null;
  version: number;
}

export interface AssignmentRuleInput {
  market: Market;
  postalCode?: string | null | undefined;
  department?: string | null | undefined;
  introducerId: string;
  advisorId?: string | null | undefined;
}

export type AssignmentRuleChange = Partial<AssignmentRuleInput> & { version: number };

export interface RuleFilters {
  market?: Market | undefined;
  introducerId?: string | undefined;
  department?: string | undefined;
  postalCode?: string | undefined;
}

export type AssignmentRuleListQuery = UnsearchableListQuery & RuleFilters;

/** The rules of a tenant the list's filters select. */
export function ruleWhere(tenantId: string, filters: RuleFilters): SQL | undefined {
  return and(
    eq(assignmentRules.tenantId, tenantId),
    filters.market ? eq(assignmentRules.market, filters.market) : undefined,
    filters.introducerId ? eq(assignmentRules.introducerId, filters.introducerId) : undefined,
    filters.department ? eq(assignmentRules.department, filters.department) : undefined,
    filters.postalCode ? eq(assignmentRules.postalCode, filters.postalCode) : undefined,
  );
}

type RuleRow = typeof assignmentRules.$inferSelect;

export const toRuleView = (row: RuleRow): AssignmentRuleView => ({
  id: row.id,
  market: row.market,
  postalCode: row.postalCode,
  department: row.department,
  introducerId: row.introducerId,
  advisorId: row.advisorId,
  version: row.version,
});

export const assignmentRuleSortable = { market: assignmentRules.market, postalCode: assignmentRules.postalCode, department: assignmentRules.department, createdAt: assignmentRules.createdAt };
export const duplicateRule = (): Problem => new Problem(409, "assignment_rule.duplicate", { errors: [{ path: "market", code: "assignment_rule.duplicate" }] });

/** A rule's place: exactly one of a postal code and a department, each well formed. */
export function placeErrors(postalCode: string | null | undefined, department: string | null | undefined): FieldError[] {
  if (!postalCode === !department) return [{ path: "postalCode", code: "assignment_rule.place_required" }];
  if (postalCode && !isPostalCode(postalCode)) return [{ path: "postalCode", code: "sector.invalid_postal_code", params: { value: postalCode } }];
  if (department && !isDepartmentCode(department)) return [{ path: "department", code: "sector.invalid_department", params: { value: department } }];
  return [];
}

/** The introducer exists and is active; an advisor, if any, works for it today. */
export async function targetErrors(tx: Executor, tenantId: string, introducerId: string, advisorId: string | null | undefined): Promise<FieldError[]> {
  const introducer = await findIntroducer(tx, tenantId, introducerId);
  if (!introducer) return [{ path: "introducerId", code: "introducer.unknown" }];
  if (!introducer.active) return [{ path: "introducerId", code: "introducer.inactive" }];
  if (advisorId && (await currentIntroducerOf(tx, tenantId, advisorId)) !== introducerId) return [{ path: "advisorId", code: "assignment_rule.advisor_not_member" }];
  return [];
}

/**
 * The rules that may apply to records at these places: their markets' rules at their postal codes or
 * their departments, in one query for a batch. Across several places the answer may hold rules of
 * another place too; the engine's `mostSpecificRule` picks each record's own.
 */
export async function candidateRules(tx: Executor, tenantId: string, places: ReadonlyArray<{ market: Market | null; postalCode: string | null }>): Promise<AssignmentRuleEntry[]> {
  const located = places.flatMap(({ market, postalCode }) => {
    const code = postalCode?.trim();
    return market && code ? [{ market, code, department: departmentOf(code) }] : [];
  });
  if (located.length === 0) return [];
  const departments = [...new Set(located.flatMap((place) => (place.department ? [place.department] : [])))];
  // A deactivated introducer receives no new record: its rules step aside for the less specific ones, or the queue.
  return tx
    .select({ market: assignmentRules.market, postalCode: assignmentRules.postalCode, department: assignmentRules.department, introducerId: assignmentRules.introducerId, advisorId: assignmentRules.advisorId })
    .from(assignmentRules)
    .innerJoin(introducers, and(eq(introducers.tenantId, assignmentRules.tenantId), eq(introducers.id, assignmentRules.introducerId), eq(introducers.active, true)))
    .where(
      and(
        eq(assignmentRules.tenantId, tenantId),
        inArray(assignmentRules.market, [...new Set(located.map((place) => place.market))]),
        or(inArray(assignmentRules.postalCode, [...new Set(located.map((place) => place.code))]), departments.length > 0 ? inArray(assignmentRules.department, departments) : undefined),
      ),
    );
}

/** The assignment table: (market, postal code or department) → introducer [, advisor]. */
export class AssignmentRulesService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: AssignmentRuleListQuery): Promise<Page<AssignmentRuleView>> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = ruleWhere(ctx.tenantId, query);
      const { limit, offset } = pageWindow(query);
      const order = orderByFromSort(query.sort, assignmentRuleSortable, [asc(assignmentRules.market), asc(assignmentRules.department), asc(assignmentRules.postalCode), asc(assignmentRules.id)]);
      const rows = await tx.select().from(assignmentRules).where(where).orderBy(...order).limit(limit).offset(offset);
      const [total] = await tx.select({ total: count() }).from(assignmentRules).where(where);
      return { items: rows.map(toRuleView), total: total?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<AssignmentRuleView> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toRuleView(await findRule(tx, ctx.tenantId, id)));
  }

  async create(ctx: RequestContext, input: AssignmentRuleInput): Promise<AssignmentRuleView> {
    requirePermission(ctx, organisationPermissions.write);
    const errors = placeErrors(input.postalCode, input.department);
    if (errors.length > 0) throw invalidFields(errors);
    return withTenant(this.database, ctx, async (tx) => {
      const targets = await targetErrors(tx, ctx.tenantId, input.introducerId, input.advisorId);
      if (targets.length > 0) throw invalidFields(targets);
      const [row] = await tx
        .insert(assignmentRules)
        .values({ tenantId: ctx.tenantId, market: input.market, postalCode: input.postalCode || null, department: input.department || null, introducerId: input.introducerId, advisorId: input.advisorId ?? null, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "assignment_rule", entityId: row.id, before: null, after: { ...toRuleView(row) } });
      return toRuleView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicateRule() : error;
    });
  }

  async update(ctx: RequestContext, id: string, change: AssignmentRuleChange): Promise<AssignmentRuleView> {
    requirePermission(ctx, organisationPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(assignmentRules).where(and(eq(assignmentRules.tenantId, ctx.tenantId), eq(assignmentRules.id, id))).for("update");
      const existing = checkVersion(current, change.version);
      const merged = {
        market: change.market ?? existing.market,
        postalCode: change.postalCode === undefined ? existing.postalCode : change.postalCode || null,
        department: change.department === undefined ? existing.department : change.department || null,
        introducerId: change.introducerId ?? existing.introducerId,
        advisorId: change.advisorId === undefined ? existing.advisorId : change.advisorId,
      };
      const errors = placeErrors(merged.postalCode, merged.department);
      errors.push(...(errors.length === 0 ? await targetErrors(tx, ctx.tenantId, merged.introducerId, merged.advisorId) : []));
      if (errors.length > 0) throw invalidFields(errors);
      if (!changesStored(existing, merged)) return toRuleView(existing);
      const [row] = await tx.update(assignmentRules).set({ ...merged, ...nextVersion(existing, ctx.userId) }).where(and(eq(assignmentRules.tenantId, ctx.tenantId), eq(assignmentRules.id, id))).returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "assignment_rule", entityId: id, before: { ...toRuleView(existing) }, after: { ...toRuleView(row) } });
      return toRuleView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicateRule() : error;
    });
  }

  /** Records assigned by the rule keep their assignment; they are re-evaluated when their address or market changes. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, organisationPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.delete(assignmentRules).where(and(eq(assignmentRules.tenantId, ctx.tenantId), eq(assignmentRules.id, id))).returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "assignment_rule", entityId: id, before: { ...toRuleView(row) }, after: null });
    });
  }
}

async function findRule(tx: Executor, tenantId: string, id: string): Promise<RuleRow> {
  const [row] = await tx.select().from(assignmentRules).where(and(eq(assignmentRules.tenantId, tenantId), eq(assignmentRules.id, id)));
  if (!row) throw notFound();
  return row;
}
