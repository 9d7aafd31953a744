import { sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudits, type AuditedChange } from "../audit/audit-log.js";
import type { RequestContext } from "../auth/context.js";
import { rowsOf, type Executor } from "../db/database.js";
import { emitEvents } from "../events/outbox.js";

/** A record table with the fields other modules derive for it (persons, companies). */
type DerivedTable = PgTable & { tenantId: PgColumn; id: PgColumn; coverageFlags: PgColumn; nature: PgColumn };

/**
 * What a module derived for records, by id: the equipment flags (the domains in which each holds an
 * active contract) and the nature (the life-cycle rule's stage). A record absent from one map
 * keeps that field as it is.
 */
export interface DerivedFields<D extends string, N extends string> {
  coverageFlags?: ReadonlyMap<string, Iterable<D>> | undefined;
  natures?: ReadonlyMap<string, N> | undefined;
}

interface StoredChange<N extends string> {
  id: string;
  flagsChanged: boolean;
  flagsBefore: string[];
  flagsAfter: string[];
  natureChanged: boolean;
  natureBefore: N;
  natureAfter: N;
}

/**
 * Stores records' derived fields in one statement in the caller's transaction (they stand or fall
 * with the contracts or the opportunity that changed them): a record whose flags and nature both
 * change is rewritten once, not once per field — a feed's batch rewrites thousands. Flags are
 * sorted so that one set has one form. No version bump: they are not the record's content, and a
 * user editing the record meanwhile must not get a conflict. Only the records that change are
 * written; each field that changes is audited on its own entry, and a nature that changes is
 * announced (`<entity>.nature_changed`).
 */
export async function storeDerivedFields<D extends string, N extends string>(tx: Executor, ctx: RequestContext, table: DerivedTable, entity: string, fields: DerivedFields<D, N>): Promise<void> {
  const ids = [...new Set([...(fields.coverageFlags?.keys() ?? []), ...(fields.natures?.keys() ?? [])])];
  if (ids.length === 0) return;
  // One text per record (domains joined by commas, null when not derived): unnest would flatten an array of arrays.
  const joinedFlags = ids.map((id) => {
    const domains = fields.coverageFlags?.get(id);
    return domains === undefined ? null : [...new Set(domains)].sort().join(",");
  });
  const natures = ids.map((id) => fields.natures?.get(id) ?? null);
  // The ids again as `= any(…)`: so the rows are read by primary key. Joined to the unnested list
  // alone, the planner hashed a scan of the whole table, twice a statement (a feed's batch on a
  // few hundred thousand persons: half a second).
  const rows = await rowsOf<StoredChange<N>>(
    tx,
    sql`with wanted as (
        select id, nature, case when flags is null then null when flags = '' then '{}'::text[] else string_to_array(flags, ',') end as flags
        from unnest(${sql.param(ids)}::uuid[], ${sql.param(joinedFlags)}::text[], ${sql.param(natures)}::text[]) as wanted(id, flags, nature)),
      changed as (
        select ${table.id} as id, ${table.coverageFlags} as flags_before, coalesce(wanted.flags, ${table.coverageFlags}) as flags_after,
          ${table.nature} as nature_before, coalesce(wanted.nature, ${table.nature}) as nature_after
        from ${table} join wanted on wanted.id = ${table.id}
        where ${table.tenantId} = ${ctx.tenantId} and ${table.id} = any(${sql.param(ids)}::uuid[])
          and (${table.coverageFlags} is distinct from coalesce(wanted.flags, ${table.coverageFlags}) or ${table.nature} is distinct from coalesce(wanted.nature, ${table.nature}))
        for update of ${table})
      update ${table} set ${sql.identifier(table.coverageFlags.name)} = changed.flags_after, ${sql.identifier(table.nature.name)} = changed.nature_after
      from changed
      where ${table.tenantId} = ${ctx.tenantId} and ${table.id} = any(${sql.param(ids)}::uuid[]) and ${table.id} = changed.id
      returning changed.id,
        changed.flags_before is distinct from changed.flags_after as "flagsChanged", changed.flags_before as "flagsBefore", changed.flags_after as "flagsAfter",
        changed.nature_before is distinct from changed.nature_after as "natureChanged", changed.nature_before as "natureBefore", changed.nature_after as "natureAfter"`,
  );
  const flagChanges = rows.filter((row) => row.flagsChanged);
  const natureChanges = rows.filter((row) => row.natureChanged);
  const audits: AuditedChange[] = [
    ...flagChanges.map((row) => ({ entity, entityId: row.id, before: { coverageFlags: row.flagsBefore }, after: { coverageFlags: row.flagsAfter } })),
    ...natureChanges.map((row) => ({ entity, entityId: row.id, before: { nature: row.natureBefore }, after: { nature: row.natureAfter } })),
  ];
  await recordAudits(tx, ctx, audits);
  await emitEvents(tx, ctx, natureChanges.map((row) => ({ type: `${entity}.nature_changed`, entity, entityId: row.id, payload: { from: row.natureBefore, to: row.natureAfter } })));
}
