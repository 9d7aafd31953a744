/**
 * `npm run cli -- <command>`: the administration role, on the database the environment names.
 *   migrate                          apply the migrations and re-apply per-tenant definitions
 *   seed                             create the demo tenants and users if they are missing
 *   tenant:create <slug> <name…>     provision a tenant (system roles, reference tables)
 *   worker                           run background jobs and event delivery, without HTTP
 */
import { parseArgs } from "node:util";
import { buildApp, createPlatform } from "./app.js";
import { openMigratedDatabase } from "./boot.js";
import { provisionTenant } from "./modules/organisation/index.js";
import { loadConfig } from "./platform/config.js";
import type { Database } from "./platform/db/database.js";
import { seedDemo } from "./seed/demo.js";

const usage = "usage: npm run cli -- migrate | seed | tenant:create <slug> <name…> | worker";
const slugPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;

async function run(command: string | undefined, args: string[], database: Database): Promise<"exit" | "keep-running"> {
  switch (command) {
    case "migrate":
      console.log("Base à jour.");
      return "exit";
    case "seed":
      console.log((await seedDemo(database, createPlatform(loadConfig(), database).files)) ? "Données de démonstration créées." : "Données de démonstration déjà présentes.");
      return "exit";
    case "tenant:create": {
      const [slug, ...nameWords] = args;
      const name = nameWords.join(" ").trim();
      if (!slug || !slugPattern.test(slug) || !name) throw new Error(`tenant:create needs a slug (${slugPattern.source}) and a name`);
      const { id, created } = await provisionTenant(database, { slug, name, isDemo: false });
      console.log(created ? `Mutuelle créée : ${slug} (${id})` : `La mutuelle ${slug} existe déjà (${id})`);
      return "exit";
    }
    case "worker": {
      const config = loadConfig();
      // The embedded database belongs to one process: there, `npm start` runs the worker itself.
      if (database.kind !== "postgres") throw new Error("worker needs DATABASE_URL (with the embedded database, npm start runs the worker)");
      const platform = createPlatform(config, database);
      // Building the app registers every module's job handlers; nothing listens on a port.
      const app = await buildApp(platform);
      await app.ready();
      await platform.queue.start({ work: true });
      platform.outbox.start();
      const stop = async (): Promise<void> => {
        await platform.outbox.stop();
        await platform.queue.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
      console.log("Traitements en arrière-plan démarrés (Ctrl+C pour arrêter).");
      return "keep-running";
    }
    default:
      throw new Error(usage);
  }
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const [command, ...args] = positionals;
  if (!command) throw new Error(usage);
  const database = await openMigratedDatabase(loadConfig());
  const outcome = await run(command, args, database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  if (outcome === "exit") await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
