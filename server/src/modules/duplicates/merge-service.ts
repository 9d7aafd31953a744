import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { idsInScope } from "./record-scope.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import { rowsOf, type Database, type Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { recordReferences, type RecordReference } from "../../platform/records/references.js";
import { fileRecords, forgetRecord } from "./key-index.js";
import { matchSources } from "./match-records.js";
import { mergeKinds, type MergeKind } from "./merge-kinds.js";
import { duplicatePermissions } from "./permissions.js";
import type { DuplicateTarget } from "./rules.js";
import { activeRules } from "./rules-store.js";
import { duplicateCandidates, merges, type MergeSnapshot } from "./schema.js";

export type FieldChoice = "target" | "source";

/** See `MergeService.afterMerge`. */
export type MergeFollowUp = (tx: Executor, ctx: RequestContext, ids: readonly string[]) => Promise<void>;
export interface MergeRequest {
  sourceId: string;
  fieldChoices?: Record<string, FieldChoice> | undefined;
}

export interface MergeView {
  id: string;
  target: DuplicateTarget;
  targetId: string;
  sourceId: string;
  fieldChoices: Record<string, FieldChoice>;
  movedRows: number;
  mergedAt: string;
  undoneAt: string | null;
  undoableUntil: string;
}

const UNDO_DAYS = 30;
const dayMs = 24 * 60 * 60 * 1000;

type Row = Record<string, unknown>;
const id = (name: string) => sql.identifier(name);

/**
 * Merging two persons (or companies): the target keeps the chosen values and receives every row
 * that pointed at the source (each module declares its columns: platform/records/references.ts);
 * the source leaves the base and its id resolves to the target. Everything changed is kept in
 * the merge's snapshot so that the merge can be undone for 30 days (docs/domain/dedup.md).
 */
export class MergeService {
  private readonly followUps: Record<DuplicateTarget, MergeFollowUp[]> = { person: [], company: [] };

  constructor(private readonly database: Database) {}

  /**
   * Work another module does in a merge's (or an undo's) transaction once the rows moved, for the
   * records that gained or lost them: the contracts module refreshes their equipment flags and
   * nature, which the moved contracts change. Registered at wiring time.
   */
  afterMerge(target: DuplicateTarget, followUp: MergeFollowUp): void {
    this.followUps[target].push(followUp);
  }

  private async followUp(tx: Executor, ctx: RequestContext, target: DuplicateTarget, ids: readonly string[]): Promise<void> {
    for (const followUp of this.followUps[target]) await followUp(tx, ctx, ids);
  }

  async merge(ctx: RequestContext, target: DuplicateTarget, targetId: string, request: MergeRequest): Promise<MergeView> {
    const kind = mergeKinds[target];
    requirePermission(ctx, duplicatePermissions.merge);
    requirePermission(ctx, kind.permissions.write);
    const choices = request.fieldChoices ?? {};
    const errors = choiceErrors(kind, choices);
    if (request.sourceId === targetId) errors.push({ path: "sourceId", code: "merge.same_record" });
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });

    return withTenant(this.database, ctx, async (tx) => {
      const [kept, merged] = [await lockedRow(tx, kind, ctx.tenantId, targetId), await lockedRow(tx, kind, ctx.tenantId, request.sourceId)];
      // Both records must be the caller's to see: one out of their data scope is absent, as everywhere else.
      if (!kept || !merged || (await idsInScope(tx, ctx, target, [targetId, request.sourceId])).size < 2) throw notFound();
      await applyChoices(tx, ctx, kind, targetId, request.sourceId, choices);
      const snapshot: MergeSnapshot = { source: merged, targetBefore: kept, moved: [], dropped: [] };
      for (const reference of recordReferences(target)) await moveReference(tx, ctx.tenantId, kind, reference, request.sourceId, targetId, choices, snapshot);
      await tx.execute(sql`delete from ${id(kind.table)} where tenant_id = ${ctx.tenantId} and id = ${request.sourceId}`);

      const [row] = await tx.insert(merges).values({ tenantId: ctx.tenantId, target, targetId, sourceId: request.sourceId, fieldChoices: choices, snapshot, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await settleCandidates(tx, ctx.tenantId, target, request.sourceId, targetId);
      await forgetRecord(tx, ctx.tenantId, target, request.sourceId);
      await refileRecords(tx, ctx.tenantId, target, [targetId]);
      const after = await currentRow(tx, kind, ctx.tenantId, targetId);
      await recordAudit(tx, ctx, { entity: target, entityId: targetId, before: kept, after: after ?? null });
      await recordAudit(tx, ctx, { entity: target, entityId: request.sourceId, before: merged, after: null });
      await recordAudit(tx, ctx, { entity: "merge", entityId: row.id, before: null, after: { target, targetId, sourceId: request.sourceId, fieldChoices: choices, movedRows: movedCount(snapshot) } });
      await this.followUp(tx, ctx, target, [targetId]);
      await emitEvent(tx, ctx, { type: `${target}.merged`, entity: target, entityId: targetId });
      return toMergeView(row);
    });
  }

  /** Puts both records back as they were before the merge; refused after 30 days or when the kept record has since gone. */
  async undo(ctx: RequestContext, mergeId: string): Promise<MergeView> {
    requirePermission(ctx, duplicatePermissions.merge);
    return withTenant(this.database, ctx, async (tx) => {
      const [merge] = await tx.select().from(merges).where(and(eq(merges.tenantId, ctx.tenantId), eq(merges.id, mergeId))).for("update");
      if (!merge) throw notFound();
      const kind = mergeKinds[merge.target];
      requirePermission(ctx, kind.permissions.write);
      const kept = await lockedRow(tx, kind, ctx.tenantId, merge.targetId);
      // The kept record carries the merge: out of the caller's scope, so is the merge.
      if (kept && !(await idsInScope(tx, ctx, merge.target, [merge.targetId])).has(merge.targetId)) throw notFound();
      if (merge.undoneAt) throw new Problem(409, "merge.already_undone");
      if (Date.now() - merge.createdAt.getTime() > UNDO_DAYS * dayMs) throw new Problem(409, "merge.undo_expired");
      if (!kept) throw new Problem(409, "merge.undo_blocked");

      const { snapshot } = merge;
      const table = id(kind.table);
      await tx.execute(sql`insert into ${table} select * from jsonb_populate_record(null::${table}, ${JSON.stringify(snapshot.source)}::jsonb)`);
      const restored = sql.join(
        kind.columns.filter((column) => !["tenant_id", "id", "version", "updated_at", "updated_by"].includes(column)).map((column) => sql`${id(column)} = before.${id(column)}`),
        sql`, `,
      );
      await tx.execute(sql`
        update ${table} as kept set ${restored}, version = greatest(kept.version, before.version) + 1, updated_at = now(), updated_by = ${ctx.userId}
        from jsonb_populate_record(null::${table}, ${JSON.stringify(snapshot.targetBefore)}::jsonb) as before
        where kept.tenant_id = ${ctx.tenantId} and kept.id = ${merge.targetId}`);
      for (const moved of snapshot.moved) {
        await tx.execute(sql`
          update ${id(moved.table)} set ${id(moved.column)} = ${merge.sourceId}
          where tenant_id = ${ctx.tenantId} and id = any(${sql.param(moved.ids)}::uuid[]) and ${id(moved.column)} = ${merge.targetId}`);
      }
      for (const dropped of snapshot.dropped) {
        const rowsTable = id(dropped.table);
        await tx.execute(sql`insert into ${rowsTable} select * from jsonb_populate_recordset(null::${rowsTable}, ${JSON.stringify(dropped.rows)}::jsonb) on conflict do nothing`);
      }
      const [row] = await tx.update(merges).set({ undoneAt: new Date(), undoneBy: ctx.userId, updatedBy: ctx.userId, updatedAt: new Date() }).where(and(eq(merges.tenantId, ctx.tenantId), eq(merges.id, mergeId))).returning();
      if (!row) throw notFound();
      await tx
        .update(duplicateCandidates)
        .set({ status: "open", updatedAt: new Date(), updatedBy: ctx.userId })
        .where(and(eq(duplicateCandidates.tenantId, ctx.tenantId), eq(duplicateCandidates.target, merge.target), eq(duplicateCandidates.status, "merged"), pairOf(merge.sourceId, merge.targetId)));
      await refileRecords(tx, ctx.tenantId, merge.target, [merge.targetId, merge.sourceId]);
      await recordAudit(tx, ctx, { entity: "merge", entityId: mergeId, before: { undoneAt: null }, after: { undoneAt: row.undoneAt?.toISOString() ?? null } });
      await recordAudit(tx, ctx, { entity: merge.target, entityId: merge.sourceId, before: null, after: snapshot.source });
      await this.followUp(tx, ctx, merge.target, [merge.targetId, merge.sourceId]);
      await emitEvent(tx, ctx, { type: `${merge.target}.merge_undone`, entity: merge.target, entityId: merge.targetId });
      return toMergeView(row);
    });
  }

  /** The merges a record took part in, as kept record or as merged one, latest first. */
  async history(ctx: RequestContext, target: DuplicateTarget, recordId: string): Promise<MergeView[]> {
    const kind = mergeKinds[target];
    requirePermission(ctx, kind.permissions.read);
    return this.database.readAsTenant(ctx.tenantId, async (tx) => {
      const exists = (await currentRow(tx, kind, ctx.tenantId, recordId)) !== undefined;
      const all = await tx
        .select()
        .from(merges)
        .where(and(eq(merges.tenantId, ctx.tenantId), eq(merges.target, target), or(eq(merges.targetId, recordId), eq(merges.sourceId, recordId))))
        .orderBy(sql`${merges.createdAt} desc`);
      // Only merges into a record of the caller's scope; a record out of it is absent.
      const visible = await idsInScope(tx, ctx, target, [recordId, ...all.map((row) => row.targetId)]);
      if (exists && !visible.has(recordId)) throw notFound();
      const rows = all.filter((row) => visible.has(row.targetId));
      // A merged record is gone from its table but still has its history.
      if (!exists && rows.length === 0) throw notFound();
      return rows.map(toMergeView);
    });
  }
}

type MergeRow = typeof merges.$inferSelect;

function toMergeView(row: MergeRow): MergeView {
  return {
    id: row.id,
    target: row.target,
    targetId: row.targetId,
    sourceId: row.sourceId,
    fieldChoices: row.fieldChoices,
    movedRows: movedCount(row.snapshot),
    mergedAt: row.createdAt.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
    undoableUntil: new Date(row.createdAt.getTime() + UNDO_DAYS * dayMs).toISOString(),
  };
}

const movedCount = (snapshot: MergeSnapshot): number => snapshot.moved.reduce((total, moved) => total + moved.ids.length, 0);

/** Fields a merge can take from the source: the record's own columns, and the choices its references declare (addresses). */
function choiceErrors(kind: MergeKind, choices: Record<string, FieldChoice>): FieldError[] {
  const referenceChoices = new Set(recordReferences(kind.target).flatMap((reference) => (reference.choice ? [reference.choice] : [])));
  return Object.keys(choices)
    .filter((field) => !kind.choosable.has(field) && !referenceChoices.has(field) && field !== "customFields")
    .map((field) => ({ path: `fieldChoices.${field}`, code: "merge.unknown_field" }));
}

async function lockedRow(tx: Executor, kind: MergeKind, tenantId: string, recordId: string): Promise<Row | undefined> {
  const [row] = await rowsOf<{ row: Row }>(tx, sql`select to_jsonb(t) as row from ${id(kind.table)} t where t.tenant_id = ${tenantId} and t.id = ${recordId} for update`);
  return row?.row;
}

async function currentRow(tx: Executor, kind: MergeKind, tenantId: string, recordId: string): Promise<Row | undefined> {
  const [row] = await rowsOf<{ row: Row }>(tx, sql`select to_jsonb(t) as row from ${id(kind.table)} t where t.tenant_id = ${tenantId} and t.id = ${recordId}`);
  return row?.row;
}

/**
 * The target takes the source's value of each field chosen "source"; markers are pooled; custom
 * fields keep the chosen side's values and take the other side's where the chosen side has none.
 */
async function applyChoices(tx: Executor, ctx: RequestContext, kind: MergeKind, targetId: string, sourceId: string, choices: Record<string, FieldChoice>): Promise<void> {
  const table = id(kind.table);
  const taken = Object.entries(choices).flatMap(([field, choice]) => {
    const column = kind.choosable.get(field);
    return choice === "source" && column ? [sql`${id(column)} = source.${id(column)}`] : [];
  });
  const combined = [];
  if (kind.columns.includes("markers")) combined.push(sql`markers = array(select distinct unnest(kept.markers || source.markers) order by 1)`);
  if (kind.columns.includes("custom_fields")) {
    combined.push(choices.customFields === "source" ? sql`custom_fields = kept.custom_fields || source.custom_fields` : sql`custom_fields = source.custom_fields || kept.custom_fields`);
  }
  await tx.execute(sql`
    update ${table} as kept set ${sql.join([...taken, ...combined], sql`, `)}, version = kept.version + 1, updated_at = now(), updated_by = ${ctx.userId}
    from ${table} as source
    where kept.tenant_id = ${ctx.tenantId} and kept.id = ${targetId} and source.tenant_id = ${ctx.tenantId} and source.id = ${sourceId}`);
  const merged = await currentRow(tx, kind, ctx.tenantId, targetId);
  if (merged && kind.columns.includes("search_name")) {
    await tx.execute(sql`update ${table} set search_name = ${kind.searchName(merged)} where tenant_id = ${ctx.tenantId} and id = ${targetId}`);
  }
}

/**
 * Points the reference's rows at the target. Rows that would clash with a row of the target on the
 * reference's unique key are dropped (the losing side's, by the field choice), as are rows that
 * would link the target to itself; all are kept in the snapshot.
 */
async function moveReference(tx: Executor, tenantId: string, kind: MergeKind, reference: RecordReference, sourceId: string, targetId: string, choices: Record<string, FieldChoice>, snapshot: MergeSnapshot): Promise<void> {
  const table = id(reference.table);
  const column = id(reference.column);
  const dropped: Row[] = [];
  if (reference.pairedColumn) {
    dropped.push(...(await dropRows(tx, sql`delete from ${table} as doomed where tenant_id = ${tenantId} and ${column} = ${sourceId} and ${id(reference.pairedColumn)} = ${targetId} returning to_jsonb(doomed) as row`)));
  }
  if (reference.uniqueWith && reference.uniqueWith.length > 0) {
    const sameKey = sql.join(reference.uniqueWith.map((other) => sql`winner.${id(other)} is not distinct from doomed.${id(other)}`), sql` and `);
    const [loserId, winnerId] = reference.choice && choices[reference.choice] === "source" ? [targetId, sourceId] : [sourceId, targetId];
    dropped.push(
      ...(await dropRows(
        tx,
        sql`delete from ${table} as doomed where doomed.tenant_id = ${tenantId} and doomed.${column} = ${loserId}
            and exists (select 1 from ${table} as winner where winner.tenant_id = ${tenantId} and winner.${column} = ${winnerId} and ${sameKey})
            returning to_jsonb(doomed) as row`,
      )),
    );
  }
  const moved = await rowsOf<{ id: string }>(tx, sql`update ${table} set ${column} = ${targetId} where tenant_id = ${tenantId} and ${column} = ${sourceId} returning id`);
  if (reference.table === kind.table) {
    // The kept record pointed at the merged one (its prescriber): it would now point at itself.
    await tx.execute(sql`update ${table} set ${column} = null where tenant_id = ${tenantId} and id = ${targetId} and ${column} = ${targetId}`);
  }
  if (moved.length > 0) snapshot.moved.push({ table: reference.table, column: reference.column, ids: moved.map((row) => row.id) });
  if (dropped.length > 0) snapshot.dropped.push({ table: reference.table, rows: dropped });
}

async function dropRows(tx: Executor, statement: SQL): Promise<Row[]> {
  return (await rowsOf<{ row: Row }>(tx, statement)).map((row) => row.row);
}

const pairOf = (first: string, second: string): SQL => {
  const [a, b] = first < second ? [first, second] : [second, first];
  return and(eq(duplicateCandidates.recordA, a), eq(duplicateCandidates.recordB, b)) as SQL;
};

/** The merged pair is settled; other pairs of the source are gone with it (a later scan finds them again on the target). */
async function settleCandidates(tx: Executor, tenantId: string, target: DuplicateTarget, sourceId: string, targetId: string): Promise<void> {
  const scope = and(eq(duplicateCandidates.tenantId, tenantId), eq(duplicateCandidates.target, target));
  await tx.update(duplicateCandidates).set({ status: "merged", updatedAt: new Date() }).where(and(scope, pairOf(sourceId, targetId)));
  await tx
    .delete(duplicateCandidates)
    .where(and(scope, or(eq(duplicateCandidates.recordA, sourceId), eq(duplicateCandidates.recordB, sourceId)), sql`not (${pairOf(sourceId, targetId)})`));
}

/** Files records under the keys of the current rules (after a merge or its undo changed them). */
export async function refileRecords(tx: Executor, tenantId: string, target: DuplicateTarget, ids: string[]): Promise<void> {
  const records = await matchSources[target].load(tx, tenantId, ids);
  await fileRecords(tx, tenantId, target, [...records.values()], await activeRules(tx, tenantId, target));
}
