import { sql } from "drizzle-orm";
import { date, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test-support/test-database.js";
import { newId } from "../ids.js";
import { insertMany, insertManyReturning } from "./insert-many.js";

const sample = pgTable("insert_many_sample", {
  id: uuid("id").primaryKey().$defaultFn(newId),
  code: text("code").notNull().unique(),
  day: date("day", { mode: "string" }),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  document: jsonb("document").$type<{ lines: string[] }>(),
  tags: text("tags").array().notNull(),
  amount: numeric("amount"),
  version: integer("version").notNull().default(1),
});

describe("insertMany and insertManyReturning", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await test.database.db.execute(
      sql`create table insert_many_sample (id uuid primary key, code text not null unique, day date, at timestamptz not null default now(), document jsonb, tags text[] not null, amount numeric, version int not null default 1)`,
    );
  });
  afterAll(async () => test.drop());

  it("answers the rows written as a select reads them: dates, timestamps, documents, arrays, numbers, defaults", async () => {
    const written = await insertManyReturning(test.database.db, sample, [
      { code: "a", day: "2026-01-31", document: { lines: ["1 rue d'Ys"] }, tags: ["x", "y,z"], amount: "12.50" },
      { code: "b", day: null, document: null, tags: [], amount: null },
    ]);
    const selected = await test.database.db.select().from(sample);
    expect(written.sort((one, other) => one.code.localeCompare(other.code))).toEqual(selected.sort((one, other) => one.code.localeCompare(other.code)));
    expect(written[0]).toMatchObject({ code: "a", day: "2026-01-31", document: { lines: ["1 rue d'Ys"] }, tags: ["x", "y,z"], amount: "12.50", version: 1 });
    expect(written[0]?.at).toBeInstanceOf(Date);
  });

  it("upserts with the conflict clause given, and answers only the rows a `do nothing` let in", async () => {
    const upserted = await insertManyReturning(
      test.database.db,
      sample,
      [
        { code: "a", day: "2026-02-01", tags: ["new"] },
        { code: "c", day: "2026-03-01", tags: [] },
      ],
      sql`on conflict (code) do update set day = excluded.day, tags = excluded.tags, version = insert_many_sample.version + 1`,
    );
    expect(upserted.map(({ code, day, tags, version }) => ({ code, day, tags, version })).sort((one, other) => one.code.localeCompare(other.code))).toEqual([
      { code: "a", day: "2026-02-01", tags: ["new"], version: 2 },
      { code: "c", day: "2026-03-01", tags: [], version: 1 },
    ]);
    const letIn = await insertManyReturning(test.database.db, sample, [{ code: "a", tags: [] }, { code: "d", tags: [] }], sql`on conflict do nothing`);
    expect(letIn.map((row) => row.code)).toEqual(["d"]);
    await insertMany(test.database.db, sample, [{ code: "d", tags: ["ignored"] }, { code: "e", tags: [] }], sql`on conflict do nothing`);
    const [count] = await test.database.rows<{ count: number }>(sql`select count(*)::int as count from insert_many_sample`);
    expect(count?.count).toBe(5);
  });
});
