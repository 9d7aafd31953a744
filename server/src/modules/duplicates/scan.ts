import { and, eq, ne, sql } from "drizzle-orm";
import { requirePermission, systemContext, type RequestContext } from "../../platform/auth/context.js";
import { rowsOf, type Database } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import type { JobMessage, JobProgress, JobQueue } from "../../platform/jobs/job-queue.js";
import { insertJobRun } from "../../platform/jobs/job-runs.js";
import { jobRuns } from "../../platform/jobs/schema.js";
import { bestMatch } from "./candidate-finder.js";
import type { DuplicateCandidate } from "./candidate.js";
import { CROWDED_KEY, rebuildKeyIndex } from "./key-index.js";
import { matchSources } from "./match-records.js";
import { duplicatePermissions } from "./permissions.js";
import { duplicateTargets, type DuplicateTarget } from "./rules.js";
import { activeRules } from "./rules-store.js";
import { duplicateCandidates, duplicateKeys, falseDuplicates } from "./schema.js";

export const DUPLICATE_SCAN_JOB = "duplicates.scan";
const WRITE_BATCH = 1000;

interface ScanParameters {
  targets: DuplicateTarget[];
  /** Only rebuild the key index (after a rule changed), without looking for pairs. */
  keysOnly?: boolean;
}

export interface ScanCounters extends Record<string, number> {
  records: number;
  pairs: number;
  candidates: number;
}

type Pair = readonly [string, string];

/**
 * The scan of a tenant's whole base: the key index is rebuilt with the current rules, records
 * sharing a key are compared pairwise by the rules, and the matching pairs (minus declared false
 * duplicates) become candidates for review. A pair already reviewed keeps its status.
 */
export class DuplicateScan {
  constructor(
    private readonly database: Database,
    private readonly queue: JobQueue,
  ) {
    queue.define(DUPLICATE_SCAN_JOB, (message, progress) => this.run(message, progress));
  }

  async start(ctx: RequestContext, targets: DuplicateTarget[]): Promise<{ jobId: string }> {
    requirePermission(ctx, duplicatePermissions.merge);
    return this.enqueue(ctx, { targets });
  }

  /** Files every record again under the rules now in force: a rule change makes the index stale. */
  async reindex(ctx: RequestContext, target: DuplicateTarget): Promise<{ jobId: string }> {
    return this.enqueue(ctx, { targets: [target], keysOnly: true });
  }

  private async enqueue(ctx: RequestContext, parameters: ScanParameters): Promise<{ jobId: string }> {
    const run = await withTenant(this.database, ctx, (tx) => insertJobRun(tx, ctx, DUPLICATE_SCAN_JOB, { ...parameters }));
    await this.queue.enqueue(DUPLICATE_SCAN_JOB, { tenantId: ctx.tenantId, jobRunId: run.id, userId: ctx.userId });
    return { jobId: run.id };
  }

  private async run(message: JobMessage, progress: JobProgress) {
    const ctx: RequestContext = { ...systemContext(message.tenantId, [], `job:${message.jobRunId}`), userId: message.userId };
    const parameters = await readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select({ parameters: jobRuns.parameters }).from(jobRuns).where(and(eq(jobRuns.tenantId, ctx.tenantId), eq(jobRuns.id, message.jobRunId)));
      return row?.parameters as ScanParameters | undefined;
    });
    const targets = (parameters?.targets ?? [...duplicateTargets]).filter((target) => duplicateTargets.includes(target));
    const counters: ScanCounters = { records: 0, pairs: 0, candidates: 0 };
    for (const [index, target] of targets.entries()) {
      const share = (done: number) => progress.report(((index + done) / targets.length) * 100, counters);
      if (parameters?.keysOnly) counters.records += await rebuildKeyIndex(this.database, ctx, target);
      else await this.scan(ctx, message.jobRunId, target, counters, share);
    }
    return { counters };
  }

  async scan(ctx: RequestContext, scanId: string, target: DuplicateTarget, counters: ScanCounters, report: (done: number) => Promise<void>): Promise<void> {
    const rules = await readAsTenant(this.database, ctx, (tx) => activeRules(tx, ctx.tenantId, target));
    counters.records += await rebuildKeyIndex(this.database, ctx, target);
    await report(0.6);
    const pairs = await this.sharedKeyPairs(ctx, target);
    counters.pairs += pairs.length;
    await report(0.7);
    const found: Array<DuplicateCandidate & { other: string }> = [];
    for (let start = 0; start < pairs.length; start += WRITE_BATCH) {
      const batch = pairs.slice(start, start + WRITE_BATCH);
      const records = await readAsTenant(this.database, ctx, (tx) => matchSources[target].load(tx, ctx.tenantId, [...new Set(batch.flat())]));
      for (const [a, b] of batch) {
        const [first, second] = [records.get(a), records.get(b)];
        const match = first && second ? bestMatch(rules, first, second) : undefined;
        if (match) found.push({ ...match, other: a });
      }
      await report(0.7 + (0.2 * (start + batch.length)) / pairs.length);
    }
    counters.candidates += found.length;
    await this.saveCandidates(ctx, scanId, target, found);
    await report(1);
  }

  /** Every pair of records filed under a common key (keys gathering too many records are skipped), minus declared false duplicates. */
  private async sharedKeyPairs(ctx: RequestContext, target: DuplicateTarget): Promise<Pair[]> {
    return readAsTenant(this.database, ctx, async (tx) => {
      const groups = await rowsOf<{ ids: string[] }>(
        tx,
        sql`select array_agg(record_id order by record_id) as ids from ${duplicateKeys}
            where tenant_id = ${ctx.tenantId} and target = ${target}
            group by key having count(*) between 2 and ${CROWDED_KEY}`,
      );
      const distinct = await tx
        .select({ a: falseDuplicates.recordA, b: falseDuplicates.recordB })
        .from(falseDuplicates)
        .where(and(eq(falseDuplicates.tenantId, ctx.tenantId), eq(falseDuplicates.target, target)));
      const declared = new Set(distinct.map((pair) => `${pair.a}|${pair.b}`));
      const pairs = new Map<string, Pair>();
      for (const { ids } of groups) {
        for (let i = 0; i < ids.length; i += 1) {
          for (let j = i + 1; j < ids.length; j += 1) {
            const [a, b] = [ids[i], ids[j]];
            if (a === undefined || b === undefined) continue;
            const pairKey = `${a}|${b}`;
            if (!declared.has(pairKey)) pairs.set(pairKey, [a, b]);
          }
        }
      }
      return [...pairs.values()];
    });
  }

  /** Upserts the pairs found (keeping a reviewed pair's status) and removes open pairs this scan no longer finds. */
  private async saveCandidates(ctx: RequestContext, scanId: string, target: DuplicateTarget, found: Array<DuplicateCandidate & { other: string }>): Promise<void> {
    for (let start = 0; start < found.length; start += WRITE_BATCH) {
      const batch = found.slice(start, start + WRITE_BATCH);
      await withTenant(this.database, ctx, (tx) =>
        tx
          .insert(duplicateCandidates)
          .values(batch.map((candidate) => ({ tenantId: ctx.tenantId, target, recordA: candidate.other, recordB: candidate.id, ruleCode: candidate.rule, score: candidate.score, fields: candidate.fields, scanId })))
          .onConflictDoUpdate({
            target: [duplicateCandidates.tenantId, duplicateCandidates.target, duplicateCandidates.recordA, duplicateCandidates.recordB],
            set: { ruleCode: sql`excluded.rule_code`, score: sql`excluded.score`, fields: sql`excluded.fields`, scanId: sql`excluded.scan_id`, updatedAt: sql`now()` },
          }),
      );
    }
    await withTenant(this.database, ctx, (tx) =>
      tx
        .delete(duplicateCandidates)
        .where(and(eq(duplicateCandidates.tenantId, ctx.tenantId), eq(duplicateCandidates.target, target), eq(duplicateCandidates.status, "open"), ne(duplicateCandidates.scanId, scanId))),
    );
  }
}
