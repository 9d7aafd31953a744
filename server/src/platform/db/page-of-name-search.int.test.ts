import { and, asc, eq, sql } from "drizzle-orm";
import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test-support/test-database.js";
import { newId } from "../ids.js";
import { insertMany } from "./insert-many.js";
import { pageOfNameSearch, type NameSearch } from "./page-with-total.js";

const sample = pgTable("name_search_sample", {
  tenantId: uuid("tenant_id").notNull(),
  id: uuid("id").primaryKey().$defaultFn(newId),
  searchName: text("search_name").notNull(),
  team: text("team").notNull(),
});

const tenantId = newId();
const otherTenant = newId();

/** Rows named like a tenant's persons: several start with "le", as a whole word or as a longer one. */
const names = ["leblanc anne", "le gall yann", "lefevre paul", "le bihan marc", "dupont le", "martin lea", "legrand luc"];

describe("pageOfNameSearch", () => {
  let test: TestDatabase;
  const search = (typed: string, team?: string): NameSearch => ({
    others: and(eq(sample.tenantId, tenantId), team ? eq(sample.team, team) : undefined),
    typed,
    searchName: sample.searchName,
    then: [asc(sample.id)],
    // As rowsMatchingWords gives them: the matching rows, named like the table.
    matching: sql`(select * from name_search_sample where search_name like ${`%${typed}%`}) as name_search_sample`,
  });
  const read = async (typed: string, window: { limit: number; offset: number }, team?: string, cap = 3) => {
    const page = await pageOfNameSearch(test.database.db, sample, tenantId, search(typed, team), window, cap);
    return { names: page.rows.map((row) => row.searchName), total: page.total, totalCapped: page.totalCapped };
  };

  beforeAll(async () => {
    test = await createTestDatabase();
    await test.database.db.execute(sql`create table name_search_sample (tenant_id uuid not null, id uuid primary key, search_name text not null, team text not null)`);
    await test.database.db.execute(sql`create index name_search_sample_prefix on name_search_sample (tenant_id, search_name text_pattern_ops)`);
    await insertMany(test.database.db, sample, [
      ...names.map((searchName, index) => ({ tenantId, searchName, team: index % 2 === 0 ? "north" : "south" })),
      // Another tenant's names starting with "le" count for nobody here.
      ...["le roux", "lemaire", "leroy", "lebon"].map((searchName) => ({ tenantId: otherTenant, searchName, team: "north" })),
    ]);
  });
  afterAll(async () => test.drop());

  it("past the cap, pages the names that start with the typed text in byte order, whole words first, and says the count stopped", async () => {
    expect(await read("le", { limit: 2, offset: 0 })).toEqual({ names: ["le bihan marc", "le gall yann"], total: 3, totalCapped: true });
    expect(await read("le", { limit: 2, offset: 2 })).toEqual({ names: ["leblanc anne"], total: 3, totalCapped: true });
    expect(await read("le", { limit: 2, offset: 4 })).toEqual({ names: [], total: 3, totalCapped: true });
  });

  it("under the cap, reads a page the starting names fill from the prefix index, counts every match, and continues in the same order past them", async () => {
    // Five names start with "le"; "dupont le" and "martin lea" contain it.
    expect(await read("le", { limit: 2, offset: 0 }, undefined, 10)).toEqual({ names: ["le bihan marc", "le gall yann"], total: 7, totalCapped: undefined });
    expect(await read("le", { limit: 2, offset: 2 }, undefined, 10)).toEqual({ names: ["leblanc anne", "lefevre paul"], total: 7, totalCapped: undefined });
    const ranked = await read("le", { limit: 2, offset: 4 }, undefined, 10);
    expect(ranked.names[0]).toBe("legrand luc");
    expect(ranked.total).toBe(7);
    expect((await read("le", { limit: 10, offset: 0 }, undefined, 10)).names.slice(0, 6)).toEqual(["le bihan marc", "le gall yann", "leblanc anne", "lefevre paul", "legrand luc", ranked.names[1]]);
  });

  it("counts the cap after the other filters and, under it, counts and ranks every match: the names starting with the text first, then the others", async () => {
    expect(await read("le", { limit: 10, offset: 0 }, "north")).toEqual({ names: ["leblanc anne", "lefevre paul", "legrand luc", "dupont le"], total: 4, totalCapped: undefined });
  });
});
