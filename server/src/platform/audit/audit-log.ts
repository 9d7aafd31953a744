import { and, count, desc, eq } from "drizzle-orm";
import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";
import { insertMany } from "../db/insert-many.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../http/list-query.js";
import { auditEntries } from "./schema.js";
import { diffRecords, type FieldChanges } from "./changes.js";

export interface AuditedChange {
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Writes the change in the caller's transaction, so history and data commit or fail together. */
export async function recordAudit(tx: Executor, ctx: RequestContext, change: AuditedChange): Promise<void> {
  await recordAudits(tx, ctx, [change]);
}

/** Writes many changes in one statement (a feed's batch): one entry each, as `recordAudit` would. */
export async function recordAudits(tx: Executor, ctx: RequestContext, changes: readonly AuditedChange[]): Promise<void> {
  const entries = changes.flatMap((change) => {
    const action = change.before === null ? ("create" as const) : change.after === null ? ("delete" as const) : ("update" as const);
    const fields = diffRecords(change.before, change.after);
    if (action === "update" && Object.keys(fields).length === 0) return [];
    return [{ tenantId: ctx.tenantId, entity: change.entity, entityId: change.entityId, action, changes: fields, actorUserId: ctx.userId, actorApiKeyId: ctx.apiKeyId, requestId: ctx.requestId }];
  });
  await insertMany(tx, auditEntries, entries);
}

export interface AuditEntryView {
  id: string;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  changes: FieldChanges;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  at: string;
}

export const auditSortable = { at: auditEntries.at, action: auditEntries.action };

/** One record's history: nothing to search in, sorted by instant, newest first by default. */
export async function listAuditEntries(tx: Executor, entity: string, entityId: string, query: UnsearchableListQuery): Promise<Page<AuditEntryView>> {
  const where = and(eq(auditEntries.entity, entity), eq(auditEntries.entityId, entityId));
  const order = [...orderByFromSort(query.sort, auditSortable, [desc(auditEntries.at)]), desc(auditEntries.id)];
  const { limit, offset } = pageWindow(query);
  const [rows, [totalRow]] = await Promise.all([
    tx.select().from(auditEntries).where(where).orderBy(...order).limit(limit).offset(offset),
    tx.select({ total: count() }).from(auditEntries).where(where),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      changes: row.changes,
      actorUserId: row.actorUserId,
      actorApiKeyId: row.actorApiKeyId,
      at: row.at.toISOString(),
    })),
    total: totalRow?.total ?? 0,
    page: query.page,
    perPage: query.perPage,
  };
}
