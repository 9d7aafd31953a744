/** What every catalogue service does the same way: find a tenant's row, check reference codes, name a duplicate code. */
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { isUniqueViolation, sqlState } from "../../platform/db/errors.js";
import { notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { unknownReferenceCodes } from "../reference-data/index.js";

type KeyedTable = PgTable & { id: PgColumn; tenantId: PgColumn };

export async function findRow<T extends KeyedTable>(tx: Executor, table: T, tenantId: string, id: string, lock = false): Promise<T["$inferSelect"] | undefined> {
  const query = tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  return row as T["$inferSelect"] | undefined;
}

export async function requireRow<T extends KeyedTable>(tx: Executor, table: T, tenantId: string, id: string, lock = false): Promise<T["$inferSelect"]> {
  const row = await findRow(tx, table, tenantId, id, lock);
  if (!row) throw notFound();
  return row;
}

/** A field holding one reference-table code or a list of them, as the request names it. */
export interface CodedField {
  path: string;
  table: string;
  value: string | readonly string[] | null | undefined;
}

/** One error per unknown code, on `path` for a single code or `path.index` in a list. */
export async function referenceErrors(tx: Executor, tenantId: string, fields: readonly CodedField[]): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const { path, table, value } of fields) {
    if (value === null || value === undefined) continue;
    const codes = typeof value === "string" ? [value] : value;
    for (const code of await unknownReferenceCodes(tx, tenantId, table, codes)) {
      errors.push({ path: typeof value === "string" ? path : `${path}.${codes.indexOf(code)}`, code: "catalogue.unknown_reference_value", params: { value: code } });
    }
  }
  return errors;
}

/** A duplicate code is the client's to fix on `code`; a delete blocked by a reference is "in use". */
export function writeProblem(error: unknown): unknown {
  if (isUniqueViolation(error)) return new Problem(409, "record.already_exists", { errors: [{ path: "code", code: "record.already_exists" }] });
  if (sqlState(error) === "23503") return new Problem(409, "catalogue.in_use");
  return error;
}

/** The audited form of a view: everything but the timestamp. */
export function audited<V extends { updatedAt: string }>(view: V): Record<string, unknown> {
  const { updatedAt: _updatedAt, ...fields } = view;
  return fields;
}

/** Entity name for the audit trail, the table, and how a row is shown: what the shared writes need. */
export interface AuditedTable<T extends KeyedTable, V extends { updatedAt: string }> {
  entity: string;
  table: T;
  view: (row: T["$inferSelect"]) => V;
}

/**
 * Applies a versioned change: the stale version is refused (409), `check` may refuse fields, and
 * before/after go to the audit trail in the same transaction.
 */
export async function updateAudited<T extends KeyedTable, V extends { updatedAt: string }>(
  tx: Executor,
  ctx: RequestContext,
  target: AuditedTable<T, V>,
  id: string,
  change: { version: number } & Record<string, unknown>,
  check: (existing: T["$inferSelect"]) => Promise<void>,
): Promise<V> {
  const { table, view, entity } = target;
  const found = (await findRow(tx, table, ctx.tenantId, id, true)) as (T["$inferSelect"] & { version: number }) | undefined;
  const existing = checkVersion(found, change.version);
  await check(existing);
  const { version: _version, ...fields } = change;
  if (!changesStored(existing, fields)) return view(existing);
  const [row] = await tx
    .update(table as PgTable)
    .set({ ...fields, ...nextVersion(existing, ctx.userId) })
    .where(and(eq(table.tenantId, ctx.tenantId), eq(table.id, id)))
    .returning();
  if (!row) throw notFound();
  const after = view(row as T["$inferSelect"]);
  await recordAudit(tx, ctx, { entity, entityId: id, before: audited(view(existing)), after: audited(after) });
  return after;
}

export async function deleteAudited<T extends KeyedTable, V extends { updatedAt: string }>(tx: Executor, ctx: RequestContext, target: AuditedTable<T, V>, id: string): Promise<void> {
  const { table, view, entity } = target;
  const existing = await requireRow(tx, table, ctx.tenantId, id, true);
  await tx.delete(table as PgTable).where(and(eq(table.tenantId, ctx.tenantId), eq(table.id, id)));
  await recordAudit(tx, ctx, { entity, entityId: id, before: audited(view(existing)), after: null });
}
