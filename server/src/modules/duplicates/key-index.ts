import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor, TenantSession } from "../../platform/db/database.js";
import { readAsTenant, withSystem, withTenant } from "../../platform/db/tenant-transaction.js";
import { matchSources, type MatchRecord } from "./match-records.js";
import { blockingKeys } from "./matching.js";
import type { DuplicateRuleDefinition, DuplicateTarget } from "./rules.js";
import { activeRules } from "./rules-store.js";
import { duplicateKeys } from "./schema.js";

const REBUILD_BATCH = 5000;

/** Most records a key may gather and still be compared pairwise: beyond it the key is too common to tell anything (a shared switchboard, "noemail@…"). */
export const CROWDED_KEY = 50;

export const keysOf = (rules: readonly DuplicateRuleDefinition[], record: MatchRecord): string[] => [...new Set(rules.flatMap((rule) => blockingKeys(rule, record.prepared)))];

/** Files the records under their keys for the given rules, replacing the keys they had. */
export async function fileRecords(tx: Executor, tenantId: string, target: DuplicateTarget, records: readonly MatchRecord[], rules: readonly DuplicateRuleDefinition[]): Promise<void> {
  if (records.length === 0) return;
  const ids = records.map((record) => record.id);
  await tx.execute(sql`delete from duplicate_keys where tenant_id = ${tenantId} and target = ${target} and record_id = any(${sql.param(ids)}::uuid[])`);
  await addKeys(tx, tenantId, target, records, rules);
}

/** Files records that have no keys yet (a rebuild of the whole index, after emptying it). */
export async function addKeys(tx: Executor, tenantId: string, target: DuplicateTarget, records: readonly MatchRecord[], rules: readonly DuplicateRuleDefinition[]): Promise<void> {
  const recordIds: string[] = [];
  const keys: string[] = [];
  for (const record of records) {
    for (const key of keysOf(rules, record)) {
      recordIds.push(record.id);
      keys.push(key);
    }
  }
  if (keys.length === 0) return;
  await tx.execute(sql`
    insert into duplicate_keys (tenant_id, target, record_id, key)
    select ${tenantId}, ${target}, record_id, key from unnest(${sql.param(recordIds)}::uuid[], ${sql.param(keys)}::text[]) as filed(record_id, key)
    on conflict do nothing`);
}

export async function forgetRecord(tx: Executor, tenantId: string, target: DuplicateTarget, id: string): Promise<void> {
  await tx.delete(duplicateKeys).where(and(eq(duplicateKeys.tenantId, tenantId), eq(duplicateKeys.target, target), eq(duplicateKeys.recordId, id)));
}

/**
 * Empties the tenant's key index for the record kind and files every record again under the
 * rules in force (after a rule change, before a scan, after a bulk load). Returns the records filed.
 * Entry checks made meanwhile see a partial index: a scan afterwards finds what they missed.
 */
export async function rebuildKeyIndex(database: Database, scope: TenantSession, target: DuplicateTarget): Promise<number> {
  const { tenantId } = scope;
  const rules = await readAsTenant(database, scope, (tx) => activeRules(tx, tenantId, target));
  await withTenant(database, scope, (tx) => tx.delete(duplicateKeys).where(and(eq(duplicateKeys.tenantId, tenantId), eq(duplicateKeys.target, target))));
  let filed = 0;
  let after: string | undefined;
  for (;;) {
    const records = await readAsTenant(database, scope, (tx) => matchSources[target].batch(tx, tenantId, after, REBUILD_BATCH));
    if (records.length > 0) await withTenant(database, scope, (tx) => addKeys(tx, tenantId, target, records, rules));
    filed += records.length;
    after = records.at(-1)?.id;
    if (records.length < REBUILD_BATCH) break;
  }
  // The table was rewritten wholesale: without fresh statistics the planner may stop using its key index.
  await withSystem(database, (tx) => tx.execute(sql`analyze duplicate_keys`));
  return filed;
}
