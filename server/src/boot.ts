import path from "node:path";
import type { AppConfig } from "./platform/config.js";
import { openDatabase, type Database } from "./platform/db/database.js";
import { migrate } from "./platform/db/migrate.js";
import { refreshTenants } from "./modules/organisation/index.js";

/** Every role starts the same way: open the database the configuration names, migrate, re-apply what code defines per tenant. */
export async function openMigratedDatabase(config: AppConfig): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: embeddedDataDir(config) });
  await migrate(database);
  await refreshTenants(database);
  return database;
}

export function embeddedDataDir(config: AppConfig): string {
  return path.join(config.dataDir, "pglite");
}
