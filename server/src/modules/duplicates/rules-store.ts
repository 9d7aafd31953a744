import { and, asc, eq } from "drizzle-orm";
import type { Database, Executor } from "../../platform/db/database.js";
import { defaultDuplicateRules, type DuplicateRuleDefinition, type DuplicateTarget, type FieldComparison } from "./rules.js";
import { duplicateRules } from "./schema.js";

export type DuplicateRuleRow = typeof duplicateRules.$inferSelect;

export const toDefinition = (row: DuplicateRuleRow): DuplicateRuleDefinition => ({
  code: row.code,
  target: row.target,
  label: row.label,
  fields: row.fields as FieldComparison[],
  active: row.active,
});

/** The rules a check applies now: the tenant's active rules for the record kind, in code order. */
export async function activeRules(tx: Executor, tenantId: string, target: DuplicateTarget): Promise<DuplicateRuleDefinition[]> {
  const rows = await tx
    .select()
    .from(duplicateRules)
    .where(and(eq(duplicateRules.tenantId, tenantId), eq(duplicateRules.target, target), eq(duplicateRules.active, true)))
    .orderBy(asc(duplicateRules.code));
  return rows.map(toDefinition);
}

/** Gives a tenant the default rules it lacks; a rule the tenant changed is left as it is. Run at each start. */
export async function installDefaultDuplicateRules(tx: Executor, tenantId: string): Promise<void> {
  await tx
    .insert(duplicateRules)
    .values(defaultDuplicateRules().map((rule) => ({ tenantId, target: rule.target, code: rule.code, label: rule.label, fields: rule.fields, active: rule.active, system: true })))
    .onConflictDoNothing({ target: [duplicateRules.tenantId, duplicateRules.target, duplicateRules.code] });
}

/** How long a process trusts the rules it read for draft checks: another process's change shows within this delay. */
const RULES_FRESH_MS = 5_000;

/**
 * The active rules of each tenant, kept a few seconds for the checks forms make as the user types
 * (one query fewer per keystroke). Writes check with the rules of their own transaction instead.
 */
export class ActiveRulesCache {
  private readonly entries = new Map<string, { rules: DuplicateRuleDefinition[]; readAt: number }>();

  constructor(private readonly database: Database) {}

  async get(tenantId: string, target: DuplicateTarget): Promise<DuplicateRuleDefinition[]> {
    const key = `${tenantId}:${target}`;
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.readAt < RULES_FRESH_MS) return entry.rules;
    const rules = await this.database.readAsTenant(tenantId, (tx) => activeRules(tx, tenantId, target));
    this.entries.set(key, { rules, readAt: Date.now() });
    return rules;
  }

  /** After a change in this process: the next check reads the rules again. */
  forget(tenantId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${tenantId}:`)) this.entries.delete(key);
  }
}
