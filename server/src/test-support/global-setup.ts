import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dumpPglite, openDatabase } from "../platform/db/database.js";
import { migrate } from "../platform/db/migrate.js";
import { seedDemo } from "../seed/demo.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Migrates and seeds one embedded database, dumped once, so that each test file starts from a copy in a second. */
export default async function setup(project: TestProject): Promise<() => void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-template-"));
  const file = path.join(folder, "template.tar");
  if (!process.env.DATABASE_URL) {
    const database = await openDatabase({});
    await migrate(database);
    await seedDemo(database);
    fs.writeFileSync(file, Buffer.from(await (await dumpPglite(database)).arrayBuffer()));
    await database.close();
  }
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
