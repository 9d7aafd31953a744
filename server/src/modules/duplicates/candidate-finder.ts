import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../../platform/db/database.js";
import { keysOf } from "./key-index.js";
import { matchSources, type MatchRecord } from "./match-records.js";
import { compareRecords } from "./matching.js";
import type { DuplicateRuleDefinition, DuplicateTarget } from "./rules.js";
import { duplicateCandidates, falseDuplicates } from "./schema.js";
import { activeRules } from "./rules-store.js";
import { prepareRecord, type MatchRecordByTarget } from "./prepared-record.js";
import type { DuplicateCandidate } from "./candidate.js";
import { matchVerdict, type MatchVerdict } from "./incoming-verdict.js";

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
  return judged(rules, record, others);
}

/** The records among `others` the rules find `record` may duplicate, the best first. */
function judged(rules: readonly DuplicateRuleDefinition[], record: MatchRecord, others: readonly MatchRecord[]): DuplicateCandidate[] {
  const candidates: DuplicateCandidate[] = [];
  for (const other of others) {
    const match = bestMatch(rules, record, other);
    if (match) candidates.push(match);
  }
  return candidates.sort((a, b) => b.score - a.score || a.displayName.localeCompare(b.displayName, "fr")).slice(0, SHOWN_AT_MOST);
}

/**
 * The candidates of many records at once (a feed's batch), each what `findCandidates` answers for
 * it: the first records by id filed under one of its keys, but itself and those it was declared
 * distinct from, judged by the rules. Two statements for the whole batch instead of one per record;
 * records of the batch already filed are each other's candidates.
 */
export async function findCandidatesOfMany(tx: Executor, tenantId: string, target: DuplicateTarget, records: readonly MatchRecord[], rules: readonly DuplicateRuleDefinition[]): Promise<DuplicateCandidate[][]> {
  const others = await filedWithMany(tx, tenantId, target, records, rules);
  return records.map((record, position) => judged(rules, record, others[position] ?? []));
}

/** For each record, the records `findCandidatesOfMany` judges it against. */
async function filedWithMany(tx: Executor, tenantId: string, target: DuplicateTarget, records: readonly MatchRecord[], rules: readonly DuplicateRuleDefinition[]): Promise<MatchRecord[][]> {
  const positions: number[] = [];
  const keys: string[] = [];
  records.forEach((record, position) => {
    for (const key of keysOf(rules, record)) {
      positions.push(position);
      keys.push(key);
    }
  });
  const othersOf = records.map((): MatchRecord[] => []);
  if (keys.length === 0) return othersOf;
  // A draft (no id yet) has no declared pairs to leave out. Each key is looked up in the index
  // (a lateral query, its first records by id: the first of the union are among them); joined to
  // the unnested keys, the planner hashed a scan of the whole key table, growing with the base.
  const selves = records.map((record) => record.id || null);
  const filed = await rowsOf<{ position: number; recordId: string }>(
    tx,
    sql`with wanted as (select * from unnest(${sql.param(positions)}::int[], ${sql.param(keys)}::text[]) as wanted(position, key)),
         selves as (select position - 1 as position, id from unnest(${sql.param(selves)}::uuid[]) with ordinality as selves(id, position)),
         filed as (select distinct wanted.position, filed.record_id from wanted
                   cross join lateral (select filed.record_id from duplicate_keys filed
                                       where filed.tenant_id = ${tenantId} and filed.target = ${target} and filed.key = wanted.key
                                       order by filed.record_id limit ${COMPARED_AT_MOST}) filed),
         ranked as (select filed.position, filed.record_id, row_number() over (partition by filed.position order by filed.record_id) as rank
                    from filed join selves on selves.position = filed.position
                    where filed.record_id is distinct from selves.id
                      and (selves.id is null or not exists (select 1 from ${falseDuplicates} declared
                             where declared.tenant_id = ${tenantId} and declared.target = ${target}
                               and ((declared.record_a = selves.id and declared.record_b = filed.record_id) or (declared.record_b = selves.id and declared.record_a = filed.record_id)))))
    select position::int as "position", record_id as "recordId" from ranked where rank <= ${COMPARED_AT_MOST}`,
  );
  const loaded = await matchSources[target].load(tx, tenantId, [...new Set(filed.map((row) => row.recordId))]);
  for (const { position, recordId } of filed) {
    const other = loaded.get(recordId);
    if (other) othersOf[position]?.push(other);
  }
  return othersOf;
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
export async function listForReview(tx: Executor, ctx: { tenantId: string; userId: string | null }, target: DuplicateTarget, found: ReadonlyArray<{ id: string; candidates: readonly DuplicateCandidate[] }>): Promise<void> {
  const pairs = found.flatMap(({ id, candidates }) =>
    candidates
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
      })),
  );
  if (pairs.length > 0) await tx.insert(duplicateCandidates).values(pairs).onConflictDoNothing();
}

/**
 * A candidate with every field some rule found equal or close, not only the best rule's: the same
 * e-mail and the same identity both count (so that the verdict can tell an identity match from a shared e-mail).
 */
function withEveryRuleFields(rules: readonly DuplicateRuleDefinition[], incoming: MatchRecord, candidate: DuplicateCandidate, other: MatchRecord | undefined): DuplicateCandidate {
  const fields = new Set(candidate.fields);
  for (const rule of rules) {
    const outcome = other ? compareRecords(rule, incoming.prepared, other.prepared) : undefined;
    if (outcome?.matched) for (const field of outcome.fields) fields.add(field);
  }
  return { ...candidate, fields: [...fields] };
}

/** A record an interface's batch brings in, with the id it will have if it is created. */
export interface IncomingDraft<T extends DuplicateTarget> {
  id: string;
  record: MatchRecordByTarget[T];
}

/**
 * The verdicts of the records of an interface's batch (a feed's thousand contracts), in order, as if
 * each were matched, then created unless linked, before the next: a later record may link to an
 * earlier one of the batch, under the id its draft carries. The stored records come from one lookup
 * for the whole batch; the batch's own are compared in memory. The caller creates every record not
 * linked, under its draft's id, in the same transaction.
 */
export async function matchIncomingBatch<T extends DuplicateTarget>(tx: Executor, tenantId: string, target: T, drafts: ReadonlyArray<IncomingDraft<T>>): Promise<MatchVerdict[]> {
  const rules = await activeRules(tx, tenantId, target);
  const incoming: MatchRecord[] = drafts.map((draft) => ({ id: "", displayName: "", prepared: prepareRecord(target, draft.record) }));
  const stored = await filedWithMany(tx, tenantId, target, incoming, rules);
  const created = new Map<string, MatchRecord[]>();
  return drafts.map((draft, position) => {
    const record = incoming[position];
    if (!record) throw new Error("draft without its prepared record");
    const keys = keysOf(rules, record);
    const mates = [...new Set(keys.flatMap((key) => created.get(key) ?? []))];
    const others = [...(stored[position] ?? []), ...mates];
    const byId = new Map(others.map((other) => [other.id, other]));
    const verdict = matchVerdict(target, judged(rules, record, others).map((candidate) => withEveryRuleFields(rules, record, candidate, byId.get(candidate.id))));
    if (verdict.kind !== "linked") {
      const saved = { ...record, id: draft.id };
      for (const key of keys) created.set(key, [...(created.get(key) ?? []), saved]);
    }
    return verdict;
  });
}
