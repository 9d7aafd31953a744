import { and, asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { sqlState } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { duplicatePermissions } from "./permissions.js";
import { ruleDefinitionErrors, type DuplicateRuleDefinition, type DuplicateTarget } from "./rules.js";
import { toDefinition, type DuplicateRuleRow } from "./rules-store.js";
import { duplicateRules } from "./schema.js";

export type RuleView = DuplicateRuleDefinition & { id: string; system: boolean; version: number; updatedAt: string };
export type RuleChange = Partial<Omit<DuplicateRuleDefinition, "code" | "target">> & { version: number };

const toView = (row: DuplicateRuleRow): RuleView => ({ ...toDefinition(row), id: row.id, system: row.system, version: row.version, updatedAt: row.updatedAt.toISOString() });

/**
 * The tenant's duplicate rules. A change makes the key index stale for the rule's record kind:
 * `onChange` rebuilds it in the background (the scan's first step).
 */
export class DuplicateRulesService {
  constructor(
    private readonly database: Database,
    private readonly onChange: (ctx: RequestContext, target: DuplicateTarget) => Promise<void>,
  ) {}

  async list(ctx: RequestContext, target: DuplicateTarget | undefined): Promise<RuleView[]> {
    requirePermission(ctx, duplicatePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const rows = await tx
        .select()
        .from(duplicateRules)
        .where(and(eq(duplicateRules.tenantId, ctx.tenantId), target ? eq(duplicateRules.target, target) : undefined))
        .orderBy(asc(duplicateRules.target), asc(duplicateRules.code));
      return rows.map(toView);
    });
  }

  /** One rule, for the edit screen. */
  async get(ctx: RequestContext, id: string): Promise<RuleView> {
    requirePermission(ctx, duplicatePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(duplicateRules).where(and(eq(duplicateRules.tenantId, ctx.tenantId), eq(duplicateRules.id, id)));
      if (!row) throw notFound();
      return toView(row);
    });
  }

  async create(ctx: RequestContext, input: DuplicateRuleDefinition): Promise<RuleView> {
    requirePermission(ctx, duplicatePermissions.configure);
    const errors = ruleDefinitionErrors(input);
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    const view = await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.insert(duplicateRules).values({ ...input, tenantId: ctx.tenantId, system: false, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "duplicate_rule", entityId: row.id, before: null, after: { ...toView(row) } });
      return toView(row);
    }).catch((error: unknown) => {
      throw sqlState(error) === "23505" ? new Problem(409, "duplicate_rule.code_taken", { errors: [{ path: "code", code: "duplicate_rule.code_taken" }] }) : error;
    });
    await this.onChange(ctx, view.target);
    return view;
  }

  async update(ctx: RequestContext, id: string, change: RuleChange): Promise<RuleView> {
    requirePermission(ctx, duplicatePermissions.configure);
    const { view, changed } = await withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(duplicateRules).where(and(eq(duplicateRules.tenantId, ctx.tenantId), eq(duplicateRules.id, id))).for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, ...fields } = change;
      const merged = { ...toDefinition(existing), ...fields };
      const errors = ruleDefinitionErrors(merged);
      if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
      if (!changesStored(existing, { label: merged.label, fields: merged.fields, active: merged.active })) return { view: toView(existing), changed: false };
      const [row] = await tx
        .update(duplicateRules)
        .set({ label: merged.label, fields: merged.fields, active: merged.active, ...nextVersion(existing, ctx.userId) })
        .where(and(eq(duplicateRules.tenantId, ctx.tenantId), eq(duplicateRules.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "duplicate_rule", entityId: id, before: { ...toView(existing) }, after: { ...toView(row) } });
      return { view: toView(row), changed: true };
    });
    if (changed) await this.onChange(ctx, view.target);
    return view;
  }

  /** A default rule is never deleted (the next start would bring it back): it is deactivated. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, duplicatePermissions.configure);
    const target = await withTenant(this.database, ctx, async (tx) => {
      const [existing] = await tx.select().from(duplicateRules).where(and(eq(duplicateRules.tenantId, ctx.tenantId), eq(duplicateRules.id, id)));
      if (!existing) throw notFound();
      if (existing.system) throw new Problem(409, "duplicate_rule.system_undeletable");
      await tx.delete(duplicateRules).where(and(eq(duplicateRules.tenantId, ctx.tenantId), eq(duplicateRules.id, id)));
      await recordAudit(tx, ctx, { entity: "duplicate_rule", entityId: id, before: { ...toView(existing) }, after: null });
      return existing.target;
    });
    await this.onChange(ctx, target);
  }
}
