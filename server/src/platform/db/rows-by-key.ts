import { and, eq, getTableName, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database.js";
import { preparedQuery } from "./prepared-query.js";

/** A tenant-owned table: keyed by (tenant_id, id). */
export type KeyedTable = PgTable & { id: PgColumn; tenantId: PgColumn };

type Lookup = (db: Executor, values: { tenantId: string; keys: string[] }) => Promise<unknown[]>;

/** One statement per table and key column, made on first use. */
const lookups = new WeakMap<PgColumn, Lookup>();

/**
 * The tenant's rows of `table` whose uuid `column` is one of `keys` (a page's rows by id, their
 * addresses by owner): every list page runs it, so it is prepared by the server once per tenant-read
 * connection under `<table>_by_<column>` and then costs neither the query builder nor the server's
 * parser. One array parameter keeps its text the same whatever the number of keys.
 */
export async function rowsByKey<T extends KeyedTable>(db: Executor, table: T, column: PgColumn, tenantId: string, keys: string[]): Promise<Array<T["$inferSelect"] & { id: string }>> {
  if (keys.length === 0) return [];
  let lookup = lookups.get(column);
  if (!lookup) {
    const name = `${getTableName(table)}_by_${column.name}`;
    lookup = preparedQuery((executor) =>
      executor
        .select()
        .from(table as PgTable)
        .where(and(eq(table.tenantId, sql.placeholder("tenantId")), sql`${column} = any(${sql.placeholder("keys")}::uuid[])`))
        .prepare(name),
    );
    lookups.set(column, lookup);
  }
  return (await lookup(db, { tenantId, keys })) as Array<T["$inferSelect"] & { id: string }>;
}
