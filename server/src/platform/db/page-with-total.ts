import { and, count, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database.js";
import { rowsByKey, type KeyedTable } from "./rows-by-key.js";
import { nameRelevance, startsWith } from "./text-search.js";

/** A page's rows and how many rows the list has; `totalCapped` when counting stopped at a cap. */
export interface PageRows<T extends KeyedTable> {
  rows: Array<T["$inferSelect"]>;
  total: number;
  totalCapped?: true;
}

/**
 * One page of a filtered list and how many rows the filters select, with the filters evaluated once:
 * first the page's ids with `count(*) over ()` (only ids and sort keys go through the window, so it
 * stays small), then the page's rows by key (prepared, `rowsByKey`). A page then a `count(*)` ran
 * the filters twice, which doubled the cost of a name search (the trigram part of `rows_matching_words` is most of it).
 * Past the last page there is no row to carry the total: it is then counted. The rows are read from
 * `source` when given: a FROM item named like the table (`rowsMatchingWords`).
 */
export async function pageWithTotal<T extends KeyedTable>(
  tx: Executor,
  table: T,
  tenantId: string,
  where: SQL | undefined,
  order: SQL[],
  window: { limit: number; offset: number },
  source: PgTable | SQL = table,
): Promise<PageRows<T>> {
  const keys = await tx
    // The id as SQL, not as the column: Drizzle refuses a column of a table the FROM does not name, as when it is `source`.
    .select({ id: sql<string>`${table.id}`, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(source)
    .where(where)
    .orderBy(...order)
    .limit(window.limit)
    .offset(window.offset);
  if (keys.length === 0) {
    const [counted] = window.offset > 0 ? await tx.select({ total: count() }).from(source).where(where) : [];
    return { rows: [], total: counted?.total ?? 0 };
  }
  return { rows: await rowsInOrder(tx, table, tenantId, keys), total: keys[0]?.total ?? 0 };
}

/** Where a name search stops counting: past it a list answers `totalCapped` ("plus de 10 000"). */
export const NAME_SEARCH_COUNT_CAP = 10_000;

/** A list searched by name with its default order, `nameRelevance` first. */
export interface NameSearch {
  /** The list's filters without the search (tenant, data scope, typed filters). */
  others: SQL | undefined;
  /** The typed name in its search form. */
  typed: string;
  /** The table's search form of its names, indexed with `text_pattern_ops`. */
  searchName: AnyPgColumn;
  /** What orders names after their relevance (last and first name, id). */
  then: SQL[];
  /** The rows whose name matches the typed text, as a FROM item named like the table (`rowsMatchingWords`). */
  matching: SQL;
}

/**
 * The page of a name search. The names that start with the typed text come first in its order, in
 * the byte order of the prefix index. They are counted first, up to `cap`, after the other filters:
 * - more than `cap` (two letters, `le`, find a quarter of a tenant): they fill every page up to the
 *   cap, which is read from the prefix index, and the count stops at the cap (`totalCapped`);
 * - enough to fill the page (a surname: `dubois`): the page is read from the prefix index too, and
 *   the matches are only counted, not ranked (ranking each by its similarity was half the cost);
 * - fewer (a typo, a first name): every match is counted and ranked.
 * The cap is counted by the list's own query and not by the search function, which sees neither
 * the data scope nor the typed filters; the other filters are applied to the rows the search
 * returns, which are then not read again.
 */
export async function pageOfNameSearch<T extends KeyedTable>(
  tx: Executor,
  table: T,
  tenantId: string,
  search: NameSearch,
  window: { limit: number; offset: number },
  cap = NAME_SEARCH_COUNT_CAP,
): Promise<PageRows<T>> {
  const starting = and(search.others, startsWith(search.searchName, search.typed));
  const prefixed = tx
    .select({ one: sql<number>`1`.as("one") })
    .from(table as PgTable)
    .where(starting)
    .limit(cap + 1)
    .as("prefixed");
  const [counted] = await tx.select({ total: count() }).from(prefixed);
  const startingCount = counted?.total ?? 0;
  // `using ~<~`: the byte order of the text_pattern_ops index, which then hands the page over in order.
  const startingPage = async (limit: number) =>
    rowsInOrder(
      tx,
      table,
      tenantId,
      await tx
        .select({ id: table.id })
        .from(table as PgTable)
        .where(starting)
        .orderBy(sql`${search.searchName} using ~<~`, ...search.then)
        .limit(limit)
        .offset(window.offset),
    );
  if (startingCount > cap) {
    const limit = Math.min(window.limit, cap - window.offset);
    return { rows: limit > 0 ? await startingPage(limit) : [], total: cap, totalCapped: true };
  }
  if (startingCount >= window.offset + window.limit) {
    const [matched] = await tx.select({ total: count() }).from(search.matching).where(search.others);
    return { rows: await startingPage(window.limit), total: matched?.total ?? 0 };
  }
  return pageWithTotal(tx, table, tenantId, search.others, [...nameRelevance(search.searchName, search.typed), ...search.then], window, search.matching);
}

/** The rows of these keys, in the keys' order. */
async function rowsInOrder<T extends KeyedTable>(tx: Executor, table: T, tenantId: string, keys: Array<{ id: unknown }>): Promise<Array<T["$inferSelect"]>> {
  const ids = keys.map((key) => String(key.id));
  const byId = new Map((await rowsByKey(tx, table, table.id, tenantId, ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
