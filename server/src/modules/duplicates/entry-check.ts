import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { Problem } from "../../platform/http/problem.js";
import type { RecordWriteHook, SavedChange } from "../../platform/records/hooks.js";
import { declareDistinct, findCandidates, findCandidatesOfMany, listForReview } from "./candidate-finder.js";
import { addKeys, fileRecords, forgetRecord } from "./key-index.js";
import { matchSources, type MatchRecord } from "./match-records.js";
import { candidatesForCaller } from "./record-scope.js";
import type { DuplicateRuleDefinition, DuplicateTarget } from "./rules.js";
import { activeRules } from "./rules-store.js";
import { duplicateCandidates, merges } from "./schema.js";

/** A merge into a record later merged itself is followed this many steps at most. */
const SUCCESSION_STEPS = 10;

/**
 * The duplicate check at entry, run in the transaction that writes the record (so "nothing is
 * written" when it refuses): a new record that matches others is refused with its candidates,
 * unless the user declared each of them a false duplicate. Every write files the record's keys.
 */
export function duplicateEntryCheck(target: DuplicateTarget): RecordWriteHook {
  return {
    async saved(tx: Executor, ctx: RequestContext, ids: readonly string[], change: SavedChange): Promise<void> {
      const rules = await activeRules(tx, ctx.tenantId, target);
      const records = [...(await matchSources[target].load(tx, ctx.tenantId, ids)).values()];
      if (records.length === 0) return;
      // A new record has no keys yet to replace.
      if (change.created && change.duplicateResolution?.decision === "no_match") return addKeys(tx, ctx.tenantId, target, records, rules);
      if (change.created && change.duplicateResolution?.decision === "review") {
        // Filed first: the records of one batch are each other's candidates, as if saved one after the other.
        await addKeys(tx, ctx.tenantId, target, records, rules);
        const found = await findCandidatesOfMany(tx, ctx.tenantId, target, records, rules);
        await listForReview(tx, ctx, target, records.map((record, position) => ({ id: record.id, candidates: found[position] ?? [] })));
        return;
      }
      if (change.created) {
        const declared = change.duplicateResolution?.decision === "false_duplicate" ? change.duplicateResolution.candidateIds : [];
        for (const record of records) await refuseUnacknowledged(tx, ctx, target, record, declared, rules);
        return addKeys(tx, ctx.tenantId, target, records, rules);
      }
      await fileRecords(tx, ctx.tenantId, target, records, rules);
    },

    async deleting(tx: Executor, ctx: RequestContext, id: string): Promise<void> {
      await forgetRecord(tx, ctx.tenantId, target, id);
      await tx
        .delete(duplicateCandidates)
        .where(and(eq(duplicateCandidates.tenantId, ctx.tenantId), eq(duplicateCandidates.target, target), or(eq(duplicateCandidates.recordA, id), eq(duplicateCandidates.recordB, id))));
    },

    successorOf: (tx, tenantId, id) => successorOf(tx, tenantId, target, id),
  };
}

/**
 * Refuses a new record that matches others, unless the user declared each of them a false
 * duplicate; remembers the declared pairs as distinct.
 */
async function refuseUnacknowledged(tx: Executor, ctx: RequestContext, target: DuplicateTarget, record: MatchRecord, declared: readonly string[], rules: readonly DuplicateRuleDefinition[]): Promise<void> {
  const { id } = record;
  const unknown = declared.filter((candidateId) => candidateId === id);
  const known = await matchSources[target].load(tx, ctx.tenantId, declared);
  unknown.push(...declared.filter((candidateId) => !known.has(candidateId)));
  if (unknown.length > 0) {
    throw new Problem(400, "validation.failed", { errors: unknown.map((candidateId) => ({ path: "duplicateResolution.candidateIds", code: "duplicate.unknown_candidate", params: { id: candidateId } })) });
  }
  const acknowledged = new Set(declared);
  const candidates = await findCandidates(tx, ctx.tenantId, target, record, rules);
  if (candidates.some((candidate) => !acknowledged.has(candidate.id))) {
    throw new Problem(409, `${target}.duplicate_suspected`, { extensions: { candidates: await candidatesForCaller(tx, ctx, target, candidates) } });
  }
  await declareDistinct(tx, ctx, target, declared, id);
}

/** The record a merged record's id now stands for: the target of its merge, followed through later merges. */
export async function successorOf(tx: Executor, tenantId: string, target: DuplicateTarget, id: string): Promise<string | undefined> {
  let current = id;
  for (let step = 0; step < SUCCESSION_STEPS; step += 1) {
    const [merge] = await tx
      .select({ targetId: merges.targetId })
      .from(merges)
      .where(and(eq(merges.tenantId, tenantId), eq(merges.target, target), eq(merges.sourceId, current), isNull(merges.undoneAt)))
      .orderBy(desc(merges.createdAt))
      .limit(1);
    if (!merge) return current === id ? undefined : current;
    current = merge.targetId;
  }
  return current;
}
