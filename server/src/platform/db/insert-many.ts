import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database.js";

/**
 * Inserts many rows in one statement with one array parameter per column:
 * `insert into t (a, b) select * from unnest($1::uuid[], $2::text[])`. The statement has the same
 * size whatever the number of rows, where a VALUES list costs the query builder and the server's
 * parser for every value (most of a bulk load's time). Every row must give the same columns (the
 * first row's); the others take their defaults, made per row when made in JavaScript (ids). For
 * trusted bulk loads (seed, benchmark data).
 */
export async function insertMany<T extends PgTable>(tx: Executor, table: T, rows: ReadonlyArray<T["$inferInsert"]>): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = getTableColumns(table);
  // The first row's columns, and those whose default is made in JavaScript (ids): the others take the table's defaults.
  const given = Object.keys(columns).filter((key) => (first as Record<string, unknown>)[key] !== undefined || columns[key]?.defaultFn);
  const names: SQL[] = [];
  const arrays: SQL[] = [];
  const selected: SQL[] = [];
  given.forEach((key, index) => {
    const column = columns[key];
    if (!column) return;
    const type = column.getSQLType();
    const values = rows.map((row) => {
      const value = (row as Record<string, unknown>)[key] ?? (key in row ? null : column.defaultFn?.());
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    });
    const alias = sql.identifier(`c${index}`);
    names.push(sql`${sql.identifier(column.name)}`);
    // unnest flattens arrays of arrays: an array column travels as the array literals Drizzle makes, cast back.
    if (type.endsWith("[]")) {
      arrays.push(sql`${sql.param(values)}::text[]`);
      selected.push(sql`${alias}::${sql.raw(type)}`);
    } else {
      arrays.push(sql`${sql.param(values)}::${sql.raw(type)}[]`);
      selected.push(sql`${alias}`);
    }
  });
  const aliases = given.map((_, index) => sql`${sql.identifier(`c${index}`)}`);
  await tx.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as rows(${sql.join(aliases, sql`, `)})`,
  );
}
