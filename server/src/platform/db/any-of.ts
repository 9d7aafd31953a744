import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * `column = any($1::uuid[])`: the whole list in one parameter, where `inArray` sends and has the
 * server parse one per value — a feed's batch names thousands of ids in one query.
 */
export function isAnyOf(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}
