import type { Executor } from "../../platform/db/database.js";
import { keysOf } from "./key-index.js";
import { matchSources, type MatchRecord } from "./match-records.js";
import { compareRecords } from "./matching.js";
import type { DuplicateRuleDefinition, DuplicateTarget } from "./rules.js";
import { duplicateCandidates, falseDuplicates } from "./schema.js";
import { activeRules } from "./rules-store.js";
import { prepareRecord, type MatchRecordByTarget } from "./prepared-record.js";

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

/**
 * The existing records a record (saved or draft) may duplicate under the rules, best first: those
 * filed under one of its keys, then judged by the rules. Pairs declared distinct are left out.
 */
export async function findCandidates(tx: Executor, tenantId: string, target: DuplicateTarget, record: MatchRecord, rules: readonly DuplicateRuleDefinition[]): Promise<DuplicateCandidate[]> {
  const keys = keysOf(rules, record);
  if (keys.length === 0) return [];
  // A draft (no id yet) has no declared pairs to leave out.
  const others = await matchSources[target].sharingKeys(tx, tenantId, keys, record.id || undefined, COMPARED_AT_MOST);
  const candidates: DuplicateCandidate[] = [];
  for (const other of others) {
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

/** Puts each pair of a record and its candidates in the review list, open (a pair already there keeps its status). */
export async function listForReview(tx: Executor, ctx: { tenantId: string; userId: string | null }, target: DuplicateTarget, id: string, candidates: readonly DuplicateCandidate[]): Promise<void> {
  const pairs = candidates
    .filter((candidate) => candidate.id !== id)
    .map((candidate) => ({
      ...(candidate.id < id ? { recordA: candidate.id, recordB: id } : { recordA: id, recordB: candidate.id }),
      tenantId: ctx.tenantId,
      target,
      ruleCode: candidate.rule,
      score: candidate.score,
      fields: candidate.fields,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
    }));
  if (pairs.length > 0) await tx.insert(duplicateCandidates).values(pairs).onConflictDoNothing();
}

/**
 * The candidates of records entering through an interface (the back-office feed), the tenant's
 * active rules read once for all of them: what `findCandidates` answers for a draft, each with the
 * fields of every rule it matches (so that a caller can tell an identity match from a shared e-mail).
 */
export async function incomingMatcher<T extends DuplicateTarget>(tx: Executor, tenantId: string, target: T): Promise<(record: MatchRecordByTarget[T]) => Promise<DuplicateCandidate[]>> {
  const rules = await activeRules(tx, tenantId, target);
  return async (record) => {
    const incoming: MatchRecord = { id: "", displayName: "", prepared: prepareRecord(target, record) };
    const candidates = await findCandidates(tx, tenantId, target, incoming, rules);
    if (candidates.length === 0) return candidates;
    // Every field some rule found equal, not only the best rule's: the same e-mail and the same identity both count.
    const others = await matchSources[target].load(tx, tenantId, candidates.map((candidate) => candidate.id));
    return candidates.map((candidate) => {
      const other = others.get(candidate.id);
      const fields = new Set(candidate.fields);
      for (const rule of rules) {
        const outcome = other ? compareRecords(rule, incoming.prepared, other.prepared) : undefined;
        if (outcome?.matched) for (const field of outcome.fields) fields.add(field);
      }
      return { ...candidate, fields: [...fields] };
    });
  };
}
