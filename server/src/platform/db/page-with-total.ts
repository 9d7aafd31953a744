import { count, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database.js";
import { rowsByKey, type KeyedTable } from "./rows-by-key.js";

/**
 * One page of a filtered list and how many rows the filters select, with the filters evaluated once:
 * first the page's ids with `count(*) over ()` (only ids and sort keys go through the window, so it
 * stays small), then the page's rows by key (prepared, `rowsByKey`). A page then a `count(*)` ran
 * the filters twice, which doubled the cost of a name search (the trigram part of `ids_matching_words` is most of it).
 * Past the last page there is no row to carry the total: it is then counted.
 */
export async function pageWithTotal<T extends KeyedTable>(
  tx: Executor,
  table: T,
  tenantId: string,
  where: SQL | undefined,
  order: SQL[],
  window: { limit: number; offset: number },
): Promise<{ rows: Array<T["$inferSelect"]>; total: number }> {
  const keys = await tx
    .select({ id: table.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(table as PgTable)
    .where(where)
    .orderBy(...order)
    .limit(window.limit)
    .offset(window.offset);
  if (keys.length === 0) {
    const [counted] = window.offset > 0 ? await tx.select({ total: count() }).from(table as PgTable).where(where) : [];
    return { rows: [], total: counted?.total ?? 0 };
  }
  const ids = keys.map((key) => String(key.id));
  const found = await rowsByKey(tx, table, table.id, tenantId, ids);
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return { rows, total: keys[0]?.total ?? 0 };
}
