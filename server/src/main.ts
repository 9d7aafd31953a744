import { buildApp, createPlatform } from "./app.js";
import { embeddedDataDir, openMigratedDatabase } from "./boot.js";
import { loadConfig } from "./platform/config.js";
import { DEMO_PASSWORD, demoUsers, seedDemo } from "./seed/demo.js";

/** `npm start`: api and worker in one process, on PGlite under DATA_DIR unless DATABASE_URL is set. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  const platform = createPlatform(config, database);
  const seeded = config.seedDemo ? await seedDemo(database, platform.files) : false;
  const app = await buildApp(platform, { serveWeb: true });
  await platform.queue.start({ work: config.runWorker });
  if (config.runWorker) platform.outbox.start();
  const address = await app.listen({ port: config.port, host: config.host });

  const mode = database.kind === "pglite" ? `base embarquée PGlite (${embeddedDataDir(config)})` : "PostgreSQL";
  console.log(`\nAdhesia est prêt : ${address}  —  ${mode}`);
  console.log(`Documentation de l'API : ${address}/api/docs`);
  if (config.seedDemo) {
    console.log(seeded ? "Données de démonstration créées." : "Données de démonstration déjà présentes.");
    console.log(`Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») :`);
    for (const user of demoUsers) console.log(`  ${user.email.padEnd(24)} ${user.role.padEnd(10)} tenant ${user.tenant}`);
  }

  const shutdown = async (): Promise<void> => {
    await app.close();
    await platform.outbox.stop();
    await platform.queue.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
