import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test-support/test-database.js";
import { rowsOf } from "./database.js";
import { readAsTenant, withTenant } from "./tenant-transaction.js";

// PGlite is built without LLVM: it says `jit = on` and never compiles. The setting matters on a server.
describe.runIf(process.env.DATABASE_URL)("the application's connections to a server", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => test.drop());

  it("run without JIT compilation, in transactions and in tenant reads alike", async () => {
    const scope = { tenantId: "01900000-0000-7000-8000-00000000a1fa", userId: null };
    const jit = async (executor: Parameters<typeof rowsOf>[0]) => (await rowsOf<{ jit: string }>(executor, sql`select current_setting('jit') as jit`))[0]?.jit;
    expect(await jit(test.database.db)).toBe("off");
    expect(await withTenant(test.database, scope, jit)).toBe("off");
    expect(await readAsTenant(test.database, scope, jit)).toBe("off");
  });
});
