import { and, eq, or } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { keysOf, recordsSharingKeys } from "./key-index.js";
import { matchSources, type MatchRecord } from "./match-records.js";
import { compareRecords } from "./matching.js";
import type { DuplicateRuleDefinition, DuplicateTarget } from "./rules.js";
import { falseDuplicates } from "./schema.js";

export interface DuplicateCandidate {
  id: string;
  displayName: string;
  score: number;
  /** Code of the rule that matched best. */
  rule: string;
  /** The fields that rule found equal or close. */
  fields: string[];
}

/** Records compared at most for one check: a key shared by more says little (see CROWDED_KEY). */
const COMPARED_AT_MOST = 200;
/** Candidates shown to the user: the best ones. */
const SHOWN_AT_MOST = 10;

/** The best rule match of `other` against `record`, if any rule matches. */
export function bestMatch(rules: readonly DuplicateRuleDefinition[], record: MatchRecord, other: MatchRecord): DuplicateCandidate | undefined {
  let best: DuplicateCandidate | undefined;
  for (const rule of rules) {
    const outcome = compareRecords(rule, record.prepared, other.prepared);
    if (outcome.matched && (!best || outcome.score > best.score)) best = { id: other.id, displayName: other.displayName, score: outcome.score, rule: rule.code, fields: outcome.fields };
  }
  return best;
}

/** Ids the record was declared distinct from ("faux doublons"). */
export async function declaredDistinct(tx: Executor, tenantId: string, target: DuplicateTarget, id: string): Promise<Set<string>> {
  const rows = await tx
    .select({ a: falseDuplicates.recordA, b: falseDuplicates.recordB })
    .from(falseDuplicates)
    .where(and(eq(falseDuplicates.tenantId, tenantId), eq(falseDuplicates.target, target), or(eq(falseDuplicates.recordA, id), eq(falseDuplicates.recordB, id))));
  return new Set(rows.map((row) => (row.a === id ? row.b : row.a)));
}

/**
 * The existing records a record (saved or draft) may duplicate under the rules, best first: those
 * filed under one of its keys, then judged by the rules. Pairs declared distinct are left out.
 */
export async function findCandidates(tx: Executor, tenantId: string, target: DuplicateTarget, record: MatchRecord, rules: readonly DuplicateRuleDefinition[]): Promise<DuplicateCandidate[]> {
  const sharing = (await recordsSharingKeys(tx, tenantId, target, keysOf(rules, record), COMPARED_AT_MOST + 1)).filter((id) => id !== record.id);
  if (sharing.length === 0) return [];
  // A draft (no id yet) has no declared pairs.
  const distinct = record.id ? await declaredDistinct(tx, tenantId, target, record.id) : new Set<string>();
  const others = await matchSources[target].load(tx, tenantId, sharing.filter((id) => !distinct.has(id)));
  const candidates: DuplicateCandidate[] = [];
  for (const other of others.values()) {
    const match = bestMatch(rules, record, other);
    if (match) candidates.push(match);
  }
  return candidates.sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName, "fr")).slice(0, SHOWN_AT_MOST);
}

/** Records a pair as distinct, in key order so that (a, b) and (b, a) are one pair. */
export async function declareDistinct(tx: Executor, ctx: { tenantId: string; userId: string | null }, target: DuplicateTarget, ids: readonly string[], otherId: string): Promise<void> {
  const pairs = ids.filter((id) => id !== otherId).map((id) => (id < otherId ? { recordA: id, recordB: otherId } : { recordA: otherId, recordB: id }));
  if (pairs.length === 0) return;
  await tx
    .insert(falseDuplicates)
    .values(pairs.map((pair) => ({ ...pair, tenantId: ctx.tenantId, target, createdBy: ctx.userId, updatedBy: ctx.userId })))
    .onConflictDoNothing();
}
