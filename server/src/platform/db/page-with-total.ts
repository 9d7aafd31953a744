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
 * The page of a name search. When more than `cap` names start with the typed text (two letters,
 * `le`, find a quarter of a tenant), those names come first in the order and fill every page up to
 * the cap: the page is read from the prefix index in its order and the count stops at the cap, so
 * the answer costs the page, not the persons found. Otherwise every match is counted and ranked.
 * The cap is counted after the other filters, which is why the list's own query counts it and not
 * the search function (it sees neither the data scope nor the typed filters). Under the cap the
 * other filters are applied to the rows the search returns, which are then not read again.
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
  if ((counted?.total ?? 0) <= cap) return pageWithTotal(tx, table, tenantId, search.others, [...nameRelevance(search.searchName, search.typed), ...search.then], window, search.matching);
  const limit = Math.min(window.limit, cap - window.offset);
  if (limit <= 0) return { rows: [], total: cap, totalCapped: true };
  // `using ~<~`: the byte order of the text_pattern_ops index, which then hands the page over in order.
  const keys = await tx
    .select({ id: table.id })
    .from(table as PgTable)
    .where(starting)
    .orderBy(sql`${search.searchName} using ~<~`, ...search.then)
    .limit(limit)
    .offset(window.offset);
  return { rows: await rowsInOrder(tx, table, tenantId, keys), total: cap, totalCapped: true };
}

/** The rows of these keys, in the keys' order. */
async function rowsInOrder<T extends KeyedTable>(tx: Executor, table: T, tenantId: string, keys: Array<{ id: unknown }>): Promise<Array<T["$inferSelect"]>> {
  const ids = keys.map((key) => String(key.id));
  const byId = new Map((await rowsByKey(tx, table, table.id, tenantId, ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
