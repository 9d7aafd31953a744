import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./database.js";

/**
 * Inserts many rows with one array parameter per column:
 * `insert into t (a, b) select * from unnest($1::uuid[], $2::text[])`. The statement has the same
 * size whatever the number of rows, where a VALUES list costs the query builder and the server's
 * parser for every value (most of a bulk load's time, and of a feed's batch). Rows that give the
 * same columns go in one statement; the columns a row leaves out take the table's defaults, made
 * per row when made in JavaScript (ids). `onConflict` is the statement's `on conflict …` clause.
 * Nothing is returned: give the ids, or use `insertManyReturning`.
 */
export async function insertMany<T extends PgTable>(tx: Executor, table: T, rows: ReadonlyArray<T["$inferInsert"]>, onConflict?: SQL): Promise<void> {
  for (const group of alikeGroups(table, rows)) await insertAlike(tx, table, group.given, group.rows, onConflict ?? sql``);
}

/**
 * `insertMany` that answers the rows written, read as a select reads them: an upsert's (`onConflict`
 * `on conflict (…) do update set …`), or the rows a `do nothing` let in. In no particular order.
 */
export async function insertManyReturning<T extends PgTable>(tx: Executor, table: T, rows: ReadonlyArray<T["$inferInsert"]>, onConflict?: SQL): Promise<Array<T["$inferSelect"]>> {
  const columns = Object.entries(getTableColumns(table));
  const written: Array<T["$inferSelect"]> = [];
  for (const group of alikeGroups(table, rows)) {
    const result = await insertAlike(tx, table, group.given, group.rows, sql`${onConflict ?? sql``} returning *`);
    // The driver's values as Drizzle's select maps them (timestamps and dates arrive as text).
    for (const stored of result.rows) {
      const row: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = stored[column.name];
        row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      }
      written.push(row as T["$inferSelect"]);
    }
  }
  return written;
}

/**
 * Rows grouped by the columns they give. Runs for every row of every bulk write (a feed's batch
 * creates thousands of persons of some sixty columns): a row's shape is one character per column,
 * and the column list is made once per shape.
 */
function alikeGroups<T extends PgTable>(table: T, rows: ReadonlyArray<T["$inferInsert"]>) {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, madeInJavaScript: column.defaultFn !== undefined }));
  const alike = new Map<string, { given: string[]; rows: Array<T["$inferInsert"]> }>();
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    let shape = "";
    for (const column of columns) shape += column.madeInJavaScript || record[column.key] !== undefined ? "1" : "0";
    let group = alike.get(shape);
    if (!group) {
      group = { given: columns.filter((_, index) => shape[index] === "1").map((column) => column.key), rows: [] };
      alike.set(shape, group);
    }
    group.rows.push(row);
  }
  return alike.values();
}

/** Rows that give the same columns (and those whose default is made in JavaScript): the others take the table's defaults. */
async function insertAlike<T extends PgTable>(tx: Executor, table: T, given: readonly string[], rows: ReadonlyArray<T["$inferInsert"]>, suffix: SQL): Promise<{ rows: Array<Record<string, unknown>> }> {
  const columns = getTableColumns(table);
  const names: SQL[] = [];
  const arrays: SQL[] = [];
  const selected: SQL[] = [];
  const aliases: SQL[] = [];
  const documents: SQL[] = [];
  given.forEach((key, index) => {
    const column = columns[key];
    if (!column) return;
    const type = column.getSQLType();
    const alias = sql.identifier(`c${index}`);
    names.push(sql`${sql.identifier(column.name)}`);
    if (type === "jsonb") {
      // One JSON array for the column, read by position: an array of JSON texts would have the driver escape every quote of every document.
      documents.push(sql`${JSON.stringify(rows.map((row) => (row as Record<string, unknown>)[key] ?? null))}::jsonb as ${alias}`);
      selected.push(sql`nullif(documents.${alias} -> (rows.position::int - 1), 'null'::jsonb)`);
      return;
    }
    const values = new Array<unknown>(rows.length);
    for (let position = 0; position < rows.length; position += 1) {
      const given = (rows[position] as Record<string, unknown>)[key];
      const value = given === undefined ? column.defaultFn?.() : given;
      values[position] = value === null || value === undefined ? null : column.mapToDriverValue(value);
    }
    aliases.push(sql`${alias}`);
    // unnest flattens arrays of arrays: an array column travels as the array literals Drizzle makes, cast back.
    if (type.endsWith("[]")) {
      arrays.push(sql`${sql.param(values)}::text[]`);
      selected.push(sql`${alias}::${sql.raw(type)}`);
    } else {
      arrays.push(sql`${sql.param(values)}::${sql.raw(type)}[]`);
      selected.push(sql`${alias}`);
    }
  });
  // The documents are parsed once, in a subquery of one row, not once per row.
  const fromDocuments = documents.length > 0 ? sql`, (select ${sql.join(documents, sql`, `)}) as documents` : sql``;
  const result = await tx.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${sql.join(names, sql`, `)}) select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) with ordinality as rows(${sql.join([...aliases, sql`position`], sql`, `)})${fromDocuments} ${suffix}`,
  );
  return result as unknown as { rows: Array<Record<string, unknown>> };
}
