import fs from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../platform/db/database.js";
import { migrate } from "../platform/db/migrate.js";
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
  const name = `adhesia_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(database);
  await seedDemo(database);
  return {
    database,
    databaseUrl: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
