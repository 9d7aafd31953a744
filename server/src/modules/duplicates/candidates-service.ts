import { and, asc, count, desc, eq, gte } from "drizzle-orm";
import { pairsInScope } from "./record-scope.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import { declareDistinct } from "./candidate-finder.js";
import { matchSources } from "./match-records.js";
import type { MergeService, MergeView } from "./merge-service.js";
import { duplicatePermissions } from "./permissions.js";
import type { DuplicateTarget } from "./rules.js";
import { duplicateCandidates, type CandidateStatus } from "./schema.js";

export const candidateActions = ["dismiss", "false_duplicate", "merge"] as const;
export type CandidateAction = (typeof candidateActions)[number];

export type CandidateListQuery = UnsearchableListQuery & CandidateFilters;

export interface CandidateFilters {
  target?: DuplicateTarget | undefined;
  status?: CandidateStatus | undefined;
  minScore?: number | undefined;
}

interface RecordSummary {
  id: string;
  displayName: string;
}

export interface CandidateView {
  id: string;
  target: DuplicateTarget;
  status: CandidateStatus;
  score: number;
  rule: string;
  fields: string[];
  /** The older record (ids are time-ordered): the one kept by default in a merge. */
  recordA: RecordSummary;
  recordB: RecordSummary;
  scanId: string | null;
  foundAt: string;
}

export interface BulkOutcome {
  done: string[];
  failed: Array<{ id: string; code: string }>;
}

type CandidateRow = typeof duplicateCandidates.$inferSelect;
export const candidateSortable = { score: duplicateCandidates.score, foundAt: duplicateCandidates.createdAt };

/** The review of the pairs a scan found: list, dismiss, declare distinct, merge — one by one or in bulk. */
export class CandidatesService {
  constructor(
    private readonly database: Database,
    private readonly merges: MergeService,
  ) {}

  async list(ctx: RequestContext, query: CandidateListQuery): Promise<Page<CandidateView>> {
    requirePermission(ctx, duplicatePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(
        eq(duplicateCandidates.tenantId, ctx.tenantId),
        query.target ? eq(duplicateCandidates.target, query.target) : undefined,
        eq(duplicateCandidates.status, query.status ?? "open"),
        query.minScore !== undefined ? gte(duplicateCandidates.score, query.minScore) : undefined,
        pairsInScope(ctx, duplicateCandidates),
      );
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(duplicateCandidates).where(where).orderBy(...orderByFromSort(query.sort, candidateSortable, [desc(duplicateCandidates.score)]), asc(duplicateCandidates.id)).limit(limit).offset(offset);
      const [total] = await tx.select({ total: count() }).from(duplicateCandidates).where(where);
      const names = new Map<string, string>();
      for (const target of ["person", "company"] as const) {
        const ids = rows.filter((row) => row.target === target).flatMap((row) => [row.recordA, row.recordB]);
        for (const record of (await matchSources[target].load(tx, ctx.tenantId, ids)).values()) names.set(record.id, record.displayName);
      }
      return { items: rows.map((row) => toView(row, names)), total: total?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async act(ctx: RequestContext, candidateId: string, action: CandidateAction): Promise<CandidateView | MergeView> {
    requirePermission(ctx, action === "dismiss" ? duplicatePermissions.read : duplicatePermissions.merge);
    const candidate = await readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(duplicateCandidates).where(and(eq(duplicateCandidates.tenantId, ctx.tenantId), eq(duplicateCandidates.id, candidateId), pairsInScope(ctx, duplicateCandidates)));
      return row;
    });
    if (!candidate) throw notFound();
    if (candidate.status !== "open" && candidate.status !== "dismissed") throw new Problem(409, "record.version_conflict");
    // The older record is kept: it is the one other records and people most likely refer to.
    if (action === "merge") return this.merges.merge(ctx, candidate.target, candidate.recordA, { sourceId: candidate.recordB });
    return withTenant(this.database, ctx, async (tx) => {
      if (action === "false_duplicate") await declareDistinct(tx, ctx, candidate.target, [candidate.recordA], candidate.recordB);
      const status: CandidateStatus = action === "dismiss" ? "dismissed" : "false_duplicate";
      const [row] = await tx
        .update(duplicateCandidates)
        .set({ status, updatedAt: new Date(), updatedBy: ctx.userId, version: candidate.version + 1 })
        .where(and(eq(duplicateCandidates.tenantId, ctx.tenantId), eq(duplicateCandidates.id, candidateId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "duplicate_candidate", entityId: candidateId, before: { status: candidate.status }, after: { status } });
      const names = new Map([...(await matchSources[row.target].load(tx, ctx.tenantId, [row.recordA, row.recordB])).values()].map((record) => [record.id, record.displayName]));
      return toView(row, names);
    });
  }

  /** Each candidate is settled on its own: one that fails (already merged, gone) does not stop the others. */
  async bulk(ctx: RequestContext, ids: string[], action: CandidateAction): Promise<BulkOutcome> {
    requirePermission(ctx, action === "dismiss" ? duplicatePermissions.read : duplicatePermissions.merge);
    const outcome: BulkOutcome = { done: [], failed: [] };
    for (const id of ids) {
      try {
        await this.act(ctx, id, action);
        outcome.done.push(id);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        outcome.failed.push({ id, code: error.code });
      }
    }
    return outcome;
  }
}

function toView(row: CandidateRow, names: ReadonlyMap<string, string>): CandidateView {
  return {
    id: row.id,
    target: row.target,
    status: row.status,
    score: Math.round(row.score * 1000) / 1000,
    rule: row.ruleCode,
    fields: row.fields,
    recordA: { id: row.recordA, displayName: names.get(row.recordA) ?? "" },
    recordB: { id: row.recordB, displayName: names.get(row.recordB) ?? "" },
    scanId: row.scanId,
    foundAt: row.createdAt.toISOString(),
  };
}
