import { PGlite, type QueryOptions } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { date, integer, numeric, pgTable, timestamp } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type Database } from "./database.js";
import { splitParsers } from "./pglite-parsers.js";

const sample = pgTable("parser_sample", {
  id: integer("id").primaryKey(),
  day: date("day", { mode: "string" }).notNull(),
  at: timestamp("at", { withTimezone: true }).notNull(),
  days: date("days", { mode: "string" }).array().notNull(),
  amounts: numeric("amounts").array().notNull(),
});
const create = `create table parser_sample (id int primary key, day date not null, at timestamptz not null, days date[] not null, amounts numeric[] not null);
  insert into parser_sample values (1, '2026-01-31', '2026-01-31 10:20:30+00', '{2026-01-01,2026-02-01}', '{1.50,2}')`;

describe("PGlite for drizzle without per-query parsers", () => {
  let database: Database;
  let plain: PGlite;
  beforeAll(async () => {
    database = await openDatabase({});
    await database.raw.executeSql(create);
    plain = await PGlite.create();
    await plain.exec(create);
  });
  afterAll(async () => {
    await database.close();
    await plain.close();
  });

  it("gives drizzle dates, timestamps and arrays as its own parsers did, in and out of a transaction", async () => {
    const expected = [{ id: 1, day: "2026-01-31", at: new Date("2026-01-31T10:20:30Z"), days: ["2026-01-01", "2026-02-01"], amounts: ["1.50", "2"] }];
    expect(await database.db.select().from(sample)).toEqual(expected);
    expect(await database.db.transaction((tx) => tx.select().from(sample))).toEqual(expected);
  });

  it("gives hand-written SQL on the raw client what PGlite alone reads", async () => {
    const text = "select day, at, days, amounts from parser_sample where id = $1";
    expect(await database.raw.executeSql(text, [1])).toEqual({ rows: (await plain.query(text, [1])).rows });
    expect(await database.raw.executeSql("select day, at from parser_sample")).toEqual({ rows: (await plain.query("select day, at from parser_sample")).rows });
    expect(await rowsOf(database.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });

  it("drops the parsers of every query drizzle sends, on the client and in its transactions", async () => {
    const seen: (QueryOptions | undefined)[] = [];
    const query = async (_text: string, _params?: unknown[], options?: QueryOptions) => {
      seen.push(options);
      return { rows: [], fields: [] };
    };
    const fake = { parsers: {}, query, transaction: async <T>(work: (tx: { query: typeof query }) => Promise<T>) => work({ query }) };
    const { forDrizzle, rawOptions } = splitParsers(fake as unknown as PGlite);
    const options: QueryOptions = { rowMode: "array", parsers: { 1082: (value: string) => value } };
    await forDrizzle.query("select 1", [], options);
    await forDrizzle.transaction((tx) => tx.query("select 2", [], options));
    expect(seen).toEqual([
      { rowMode: "array", parsers: undefined },
      { rowMode: "array", parsers: undefined },
    ]);
    expect(Object.keys(rawOptions.parsers ?? {})).toEqual(["1115", "1182", "1185", "1187", "1231"]);
  });
});
