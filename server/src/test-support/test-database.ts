import fs from "node:fs";
import { inject } from "vitest";
import { openDatabase, type Database } from "../platform/db/database.js";
import { migrate } from "../platform/db/migrate.js";
import { createScratchDatabase } from "../platform/db/scratch-database.js";
import { seedDemo } from "../seed/demo.js";

export interface TestDatabase {
  database: Database;
  databaseUrl: string | undefined;
  drop(): Promise<void>;
}

/**
 * A migrated, demo-seeded database for one test file: a copy of the PGlite template, or, when
 * DATABASE_URL points at a PostgreSQL server, a fresh database created there and dropped after.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const template = fs.readFileSync(inject("pgliteTemplate"));
    const database = await openDatabase({ loadDataDir: new Blob([template]) });
    return { database, databaseUrl: undefined, drop: () => database.close() };
  }
  const scratch = await createScratchDatabase(serverUrl, "adhesia_test");
  const database = await openDatabase({ databaseUrl: scratch.url, poolSize: 5 });
  await migrate(database);
  await seedDemo(database);
  return {
    database,
    databaseUrl: scratch.url,
    async drop() {
      await database.close();
      await scratch.drop();
    },
  };
}
