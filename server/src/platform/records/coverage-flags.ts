import { sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudits } from "../audit/audit-log.js";
import type { RequestContext } from "../auth/context.js";
import { rowsOf, type Executor } from "../db/database.js";

/** A record table with equipment flags (persons, companies). */
type FlaggedTable = PgTable & { tenantId: PgColumn; id: PgColumn; coverageFlags: PgColumn };

/**
 * Stores records' equipment flags — the domains in which each holds an active contract — in one
 * statement in the caller's transaction, sorted so that one set has one form. Like the nature, no
 * version bump (it is not the record's content); audited only when it changes.
 */
export async function storeCoverageFlagsOfMany<D extends string>(tx: Executor, ctx: RequestContext, table: FlaggedTable, entity: string, flagsById: ReadonlyMap<string, Iterable<D>>): Promise<void> {
  if (flagsById.size === 0) return;
  // One text per record (domains joined by commas): unnest would flatten an array of arrays.
  const joined = [...flagsById.values()].map((domains) => [...new Set(domains)].sort().join(","));
  const rows = await rowsOf<{ id: string; before: string[]; after: string[] }>(
    tx,
    sql`with wanted as (
        select id, case when flags = '' then '{}'::text[] else string_to_array(flags, ',') end as flags
        from unnest(${sql.param([...flagsById.keys()])}::uuid[], ${sql.param(joined)}::text[]) as wanted(id, flags)),
      changed as (
        select ${table.id} as id, ${table.coverageFlags} as before, wanted.flags as after from ${table} join wanted on wanted.id = ${table.id}
        where ${table.tenantId} = ${ctx.tenantId} and ${table.coverageFlags} is distinct from wanted.flags
        for update of ${table})
      update ${table} set ${sql.identifier(table.coverageFlags.name)} = changed.after from changed
      where ${table.tenantId} = ${ctx.tenantId} and ${table.id} = changed.id
      returning changed.id, changed.before, changed.after`,
  );
  await recordAudits(tx, ctx, rows.map((row) => ({ entity, entityId: row.id, before: { coverageFlags: row.before }, after: { coverageFlags: row.after } })));
}
