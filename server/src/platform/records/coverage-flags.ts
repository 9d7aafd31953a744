import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudit } from "../audit/audit-log.js";
import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";

/** A record table with equipment flags (persons, companies). */
type FlaggedTable = PgTable & { tenantId: PgColumn; id: PgColumn; coverageFlags: PgColumn };

/**
 * Stores a record's equipment flags — the domains in which it holds an active contract — in the
 * caller's transaction, sorted so that one set has one form. Like the nature, no version bump (it
 * is not the record's content); audited only when it changes.
 */
export async function storeCoverageFlags<D extends string>(tx: Executor, ctx: RequestContext, table: FlaggedTable, entity: string, id: string, domains: Iterable<D>): Promise<void> {
  const flags = [...new Set(domains)].sort();
  const changed = and(eq(table.tenantId, ctx.tenantId), eq(table.id, id), sql`${table.coverageFlags} is distinct from ${sql.param(flags)}::text[]`);
  const [before] = (await tx.select({ coverageFlags: table.coverageFlags }).from(table as PgTable).where(changed).for("update")) as Array<{ coverageFlags: string[] }>;
  if (!before) return;
  await tx.update(table).set({ coverageFlags: flags } as Record<string, unknown>).where(changed);
  await recordAudit(tx, ctx, { entity, entityId: id, before: { coverageFlags: before.coverageFlags }, after: { coverageFlags: flags } });
}
