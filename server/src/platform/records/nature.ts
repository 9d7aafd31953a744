import { sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudits } from "../audit/audit-log.js";
import type { RequestContext } from "../auth/context.js";
import { rowsOf, type Executor } from "../db/database.js";
import { emitEvents } from "../events/outbox.js";

/** A record table with a derived life-cycle stage (persons, companies). */
type NaturedTable = PgTable & { tenantId: PgColumn; id: PgColumn; nature: PgColumn };

/**
 * Stores records' natures as the life-cycle rule derived them, in one statement in the caller's
 * transaction (they stand or fall with the opportunity or contracts that changed them). No version
 * bump: it is not the record's content, and a user editing the record meanwhile must not get a
 * conflict. Only the natures that change are written, audited and announced; answers the previous
 * nature of each record that changed.
 */
export async function storeDerivedNatures<N extends string>(tx: Executor, ctx: RequestContext, table: NaturedTable, entity: string, natures: ReadonlyMap<string, N>): Promise<Map<string, N>> {
  if (natures.size === 0) return new Map();
  const rows = await rowsOf<{ id: string; before: N; after: N }>(
    tx,
    sql`with wanted as (select id, nature from unnest(${sql.param([...natures.keys()])}::uuid[], ${sql.param([...natures.values()])}::text[]) as wanted(id, nature)),
      changed as (
        select ${table.id} as id, ${table.nature} as before, wanted.nature as after from ${table} join wanted on wanted.id = ${table.id}
        where ${table.tenantId} = ${ctx.tenantId} and ${table.nature} <> wanted.nature
        for update of ${table})
      update ${table} set ${sql.identifier(table.nature.name)} = changed.after from changed
      where ${table.tenantId} = ${ctx.tenantId} and ${table.id} = changed.id
      returning changed.id, changed.before, changed.after`,
  );
  await recordAudits(tx, ctx, rows.map((row) => ({ entity, entityId: row.id, before: { nature: row.before }, after: { nature: row.after } })));
  await emitEvents(tx, ctx, rows.map((row) => ({ type: `${entity}.nature_changed`, entity, entityId: row.id, payload: { from: row.before, to: row.after } })));
  return new Map(rows.map((row) => [row.id, row.before]));
}
