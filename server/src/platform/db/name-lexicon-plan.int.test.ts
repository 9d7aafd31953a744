import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test-support/test-database.js";
import { newId } from "../ids.js";

// The plans of the statements a function runs are read from auto_explain, which PGlite lacks.
describe.runIf(process.env.DATABASE_URL)("the name lexicon's look-up of a typed word's neighbours", () => {
  let test: TestDatabase;
  const tenantId = newId();

  beforeAll(async () => {
    test = await createTestDatabase();
    // Statistics taken before the tenant's first import, which then fills the lexicon: until the
    // table is analysed again, PostgreSQL believes the tenant has a handful of words.
    await test.database.db.execute(sql`analyze name_word_variants`);
    await test.database.db.execute(sql`
      insert into name_word_variants (tenant_id, target, variant, word)
      select ${tenantId}::uuid, 'persons', 'w' || n || 'x', 'w' || n from generate_series(1, 50000) as n`);
  });
  afterAll(async () => test.drop());

  it("probes the index by each form of the word, whatever the statistics say", async () => {
    const client = new pg.Client({ connectionString: test.databaseUrl });
    const plans: string[] = [];
    client.on("notice", (notice) => plans.push(notice.message ?? ""));
    await client.connect();
    try {
      await client.query("load 'auto_explain'");
      await client.query("set auto_explain.log_min_duration = 0; set auto_explain.log_nested_statements = on; set auto_explain.log_level = 'notice'");
      await client.query("select set_config('app.tenant_id', $1, false)", [tenantId]);
      await client.query("select count(*) from rows_matching_words(null::persons, array['dupont'], array['%dupont%'])");
    } finally {
      await client.end();
    }
    const lookup = plans.find((plan) => plan.includes("on name_word_variants"));
    expect(lookup).toBeDefined();
    // Every scan of the lexicon has the form in its index condition: none reads the tenant's words to filter them.
    const scans = (lookup ?? "").split("\n").filter((line) => /Scan.* on name_word_variants/.test(line));
    const conditions = (lookup ?? "").split("\n").filter((line) => line.includes("Index Cond") && line.includes("tenant_id"));
    expect(scans.length).toBeGreaterThan(0);
    expect(conditions.length).toBe(scans.length);
    for (const condition of conditions) expect(condition).toMatch(/variant = /);
  });
});
