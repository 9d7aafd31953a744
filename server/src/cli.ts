/**
 * `npm run cli -- <command>`: the administration role, on the database the environment names.
 *   migrate                          apply the migrations and re-apply per-tenant definitions
 *   seed                             create the demo tenants and users if they are missing
 *   tenant:create <slug> <name…>     provision a tenant (system roles, reference tables)
 *   worker                           run background jobs and event delivery, without HTTP
 *   import back-office-feed <file> --tenant <slug>
 *                                    import a daily contract feed (JSON Lines) as a job, and wait for it
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp, createPlatform } from "./app.js";
import { openMigratedDatabase } from "./boot.js";
import { startContractFeed } from "./modules/contracts/index.js";
import { findTenantBySlug, provisionTenant } from "./modules/organisation/index.js";
import { systemContext } from "./platform/auth/context.js";
import { permissionCatalogue } from "./platform/auth/permissions.js";
import { checkFileType } from "./platform/files/file-types.js";
import { isFinished } from "./platform/jobs/job-queue.js";
import { findJobRun } from "./platform/jobs/job-runs.js";
import { translate } from "./platform/i18n/messages.js";
import { loadConfig } from "./platform/config.js";
import type { Database } from "./platform/db/database.js";
import { seedDemo } from "./seed/demo.js";

const usage = "usage: npm run cli -- migrate | seed | tenant:create <slug> <name…> | worker | import back-office-feed <file> --tenant <slug>";
const slugPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;

async function run(command: string | undefined, args: string[], database: Database, options: { tenant?: string | undefined }): Promise<"exit" | "keep-running"> {
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
    case "import": {
      const [kind, file] = args;
      if (kind !== "back-office-feed" || !file || !options.tenant) throw new Error(usage);
      await importBackOfficeFeed(database, options.tenant, file);
      return "exit";
    }
    default:
      throw new Error(usage);
  }
}

/**
 * The daily feed from a file on this machine, for a tenant: the same job as an upload (so the run
 * is in the history, with its error file), run by this process, which waits for it and prints its
 * counters. On a server database a running worker may take the job first; it is waited for all the same.
 */
async function importBackOfficeFeed(database: Database, slug: string, file: string): Promise<void> {
  const tenant = await findTenantBySlug(database, slug);
  if (!tenant) throw new Error(`no tenant ${slug}`);
  const data = await readFile(file);
  const name = path.basename(file);
  const verdict = await checkFileType(name, data);
  if (!verdict.accepted) throw new Error(`${name}: ${verdict.reason} (a JSON Lines file, .jsonl)`);
  const platform = createPlatform(loadConfig(), database);
  const app = await buildApp(platform);
  await app.ready();
  await platform.queue.start({ work: true });
  try {
    const ctx = systemContext(tenant.id, permissionCatalogue().map((permission) => permission.code), "cli");
    const { jobId } = await startContractFeed(platform, ctx, { name, contentType: verdict.contentType, data }, "cli");
    for (;;) {
      const job = await findJobRun(database, ctx, jobId);
      if (job && isFinished(job)) {
        console.log(`Flux ${name} (${tenant.name}) : ${job.state}`, JSON.stringify(job.counters));
        if (job.errorReportFileId) console.log(`Lignes rejetées : GET /api/v1/files/${job.errorReportFileId}`);
        if (job.errorMessage) console.log(translate(job.errorMessage, "fr"));
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await platform.queue.stop();
    await app.close();
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, strict: true, options: { tenant: { type: "string" } } });
  const [command, ...args] = positionals;
  if (!command) throw new Error(usage);
  const database = await openMigratedDatabase(loadConfig());
  const outcome = await run(command, args, database, values).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  if (outcome === "exit") await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
