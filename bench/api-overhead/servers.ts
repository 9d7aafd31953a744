/**
 * Child process of the api-overhead benchmark: one database, two HTTP servers on it.
 * - full: the real application, GET one reference value with an API key (auth, tenant, RLS, zod).
 * - bare: a bare Fastify route running the same SELECT as the owner role, no auth, no schema.
 * Prints one JSON line with both URLs, then serves until killed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { buildApp, createPlatform } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { openDatabase } from "../../server/src/platform/db/database.js";
import { migrate } from "../../server/src/platform/db/migrate.js";
import { createScratchDatabase } from "../../server/src/platform/db/scratch-database.js";
import { seedDemo, DEMO_PASSWORD } from "../../server/src/seed/demo.js";

const serverUrl = process.env.DATABASE_URL;
const scratch = serverUrl ? await createScratchDatabase(serverUrl, "adhesia_bench") : undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-bench-"));
const database = await openDatabase({ databaseUrl: scratch?.url, dataDir: scratch ? undefined : path.join(dataDir, "pglite"), poolSize: 10 });
await migrate(database);
await seedDemo(database);

const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), databaseUrl: scratch?.url };
const platform = createPlatform(config, database);
const app = await buildApp(platform);
const fullUrl = await app.listen({ port: 0, host: "127.0.0.1" });

const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "admin@alpha.demo", password: DEMO_PASSWORD } });
const cookie = login.cookies.find((item) => item.name === "adhesia_session")?.value ?? "";
const session = { cookie: `adhesia_session=${cookie}`, "x-csrf-token": login.json<{ csrfToken: string }>().csrfToken };
const key = (await app.inject({ method: "POST", url: "/api/v1/api-keys", headers: session, payload: { name: "bench" } })).json<{ key: string }>().key;
const value = (await app.inject({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers: session, payload: { code: "bench", labelFr: "Banc", labelEn: "Bench" } })).json<{ id: string; tableCode: string }>();
const [tenant] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
const tenantId = tenant?.id ?? "";

const bare = Fastify({ logger: false });
bare.get<{ Params: { id: string } }>("/values/:id", async (request) => {
  const [row] = await database.rows(sql`select * from reference_values where tenant_id = ${tenantId} and id = ${request.params.id}`);
  return row;
});
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

process.stdout.write(
  `${JSON.stringify({
    mode: database.kind,
    full: { url: `${fullUrl}/api/v1/reference-tables/markers/values/${value.id}`, headers: { authorization: `Bearer ${key}` } },
    bare: { url: `${bareUrl}/values/${value.id}` },
  })}\n`,
);

const stop = async (): Promise<void> => {
  await app.close();
  await bare.close();
  await database.close();
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
