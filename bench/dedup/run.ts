/**
 * bench/dedup: the duplicate check of new entries on a large tenant (half are spelling variants of
 * stored persons, half are new people), against a single indexed equality lookup on the same
 * table (a person by e-mail) made the same way in the same run, alternating entry by entry; then
 * the scan job of the whole base.
 * Goals: check p95 < 20 ms and check p95 ≤ 3 × lookup p95.
 *   DATABASE_URL=postgres://… npm run bench:dedup          (a scratch database on that server)
 *   npm run bench:dedup                                    (embedded PGlite; use fewer persons)
 * Environment: BENCH_PERSONS (default 1000000), BENCH_CHECKS (default 1000).
 *
 * Both the check and the lookup are measured in process, through the application's tenant read
 * path (row-level security on): what differs is the check's own work (rules, keys, candidates,
 * comparisons). The end-to-end figure of POST /api/v1/duplicates/check is printed beside them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { buildApp, createPlatform } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { openDatabase, type Database } from "../../server/src/platform/db/database.js";
import { migrate } from "../../server/src/platform/db/migrate.js";
import { createScratchDatabase } from "../../server/src/platform/db/scratch-database.js";
import { DEMO_PASSWORD, seedDemo } from "../../server/src/seed/demo.js";
import { syntheticPerson, seededRandom } from "../../server/src/seed/synthetic-persons.js";
import { checkDraft, type DraftCheck } from "../../server/src/modules/duplicates/draft-check.js";
import { ActiveRulesCache } from "../../server/src/modules/duplicates/rules-store.js";
import { systemContext } from "../../server/src/platform/auth/context.js";
import { loadPersons, vacuumAnalyze, withoutSecondaryIndexes } from "../search/data.js";
import { percentile, time } from "../measure.js";
import { keepAliveJsonClient, newApiKey } from "../http-client.js";

const personCount = Number(process.env.BENCH_PERSONS ?? 1_000_000);
const checkCount = Number(process.env.BENCH_CHECKS ?? 1000);
const seed = 20261123;

interface Stored {
  id: string;
  last_name: string;
  first_name: string | null;
  birth_date: string | null;
  email: string | null;
  mobile_phone: string | null;
}

const plain = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "");

/** A stored person typed again by someone else: case, accents, hyphens, order of the names, the e-mail's case, the phone's format. */
function variantOf(person: Stored, index: number): DraftCheck["record"] & { lastName: string } {
  const first = person.first_name ?? "";
  switch (index % 4) {
    case 0:
      return { lastName: plain(person.last_name).toUpperCase(), firstName: plain(first).toLowerCase(), birthDate: person.birth_date };
    case 1:
      return { lastName: person.last_name.replace(/-/g, " "), firstName: first, birthDate: person.birth_date, email: person.email?.toUpperCase() ?? null };
    case 2:
      return { lastName: first || person.last_name, firstName: person.last_name, birthDate: person.birth_date };
    default:
      return { lastName: `${person.last_name}e`, firstName: first, mobilePhone: person.mobile_phone ? `+33 ${person.mobile_phone.slice(3, 4)} ${person.mobile_phone.slice(4)}` : null };
  }
}

const serverUrl = process.env.DATABASE_URL;
const scratch = serverUrl ? await createScratchDatabase(serverUrl, "adhesia_bench_dedup") : undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-bench-dedup-"));
const database: Database = await openDatabase({ databaseUrl: scratch?.url, dataDir: scratch ? undefined : path.join(dataDir, "pglite") });
try {
  await migrate(database);
  await seedDemo(database);
  const [tenant] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
  const tenantId = tenant?.id ?? "";
  console.log(`loading ${personCount.toLocaleString("fr-FR")} persons into ${database.kind}…`);
  const loadMs = await time(async () => {
    await withoutSecondaryIndexes(database, async () => {
      await loadPersons(database, tenantId, personCount, seed);
    });
    await vacuumAnalyze(database);
  });
  console.log(`loaded in ${(loadMs / 1000).toFixed(0)} s`);

  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), databaseUrl: scratch?.url };
  const platform = createPlatform(config, database);
  const app = await buildApp(platform);
  await platform.queue.start({ work: true });
  const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
  const apiKey = await newApiKey(baseUrl, "admin@alpha.demo", DEMO_PASSWORD);
  const client = keepAliveJsonClient(baseUrl, { authorization: `Bearer ${apiKey}` });

  // The scan first: it also files every loaded record under its keys, which the checks need.
  const scanMs = await time(async () => {
    const started = (await client.post<{ jobId: string }>("/api/v1/duplicates/scans", { targets: ["person"] })).body;
    for (;;) {
      const job = (await client.get<{ state: string; counters: Record<string, number> }>(`/api/v1/jobs/${started.jobId}`)).body;
      if (job.state === "failed") throw new Error(`scan failed: ${JSON.stringify(job)}`);
      if (job.state === "succeeded") {
        console.log(`scan counters: ${JSON.stringify(job.counters)}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
  console.log(`scan job of ${personCount.toLocaleString("fr-FR")} persons: ${(scanMs / 1000).toFixed(1)} s (key index rebuilt, pairs compared, candidates saved)`);

  const stored = await database.rows<Stored>(sql`
    select id, last_name, first_name, birth_date::text, email, mobile_phone from persons
    where tenant_id = ${tenantId} and birth_date is not null order by md5(id::text) limit ${Math.ceil(checkCount / 2)}`);
  const random = seededRandom(seed + 1);
  const drafts: Array<{ draft: DraftCheck; expects?: string; email: string }> = [];
  for (let index = 0; index < checkCount; index += 1) {
    const original = stored[Math.floor(index / 2) % stored.length];
    if (index % 2 === 0 && original) {
      drafts.push({ draft: { target: "person", record: variantOf(original, index / 2) }, expects: original.id, email: original.email ?? "" });
    } else {
      const person = syntheticPerson(seed + 7, Math.floor(random() * 1e9), [{ postalCode: "75011", city: "Paris" }]);
      drafts.push({ draft: { target: "person", record: { lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate, email: person.email, mobilePhone: person.mobilePhone, postalCode: "75011" } }, email: person.email });
    }
  }

  const ctx = systemContext(tenantId, ["person:read"], "bench");
  const rulesCache = new ActiveRulesCache(database);
  const lookup = (email: string) => database.readAsTenant(tenantId, (tx) => tx.execute(sql`select id from persons where tenant_id = ${tenantId} and email = ${email}`));
  for (const { draft, email } of drafts.slice(0, 30)) {
    await checkDraft(database, rulesCache, ctx, draft);
    await lookup(email);
    await client.post("/api/v1/duplicates/check", draft);
  }

  const check: number[] = [];
  const baseline: number[] = [];
  const endToEnd: number[] = [];
  let found = 0;
  let falseAlarms = 0;
  for (const { draft, expects, email } of drafts) {
    let candidates: Array<{ id: string }> = [];
    check.push(await time(async () => (candidates = await checkDraft(database, rulesCache, ctx, draft))));
    baseline.push(await time(() => lookup(email)));
    endToEnd.push(await time(() => client.post("/api/v1/duplicates/check", draft)));
    if (expects && candidates.some((candidate) => candidate.id === expects)) found += 1;
    if (!expects && candidates.length > 0) falseAlarms += 1;
  }
  const duplicates = drafts.filter((item) => item.expects).length;
  const ratio = percentile(check, 95) / percentile(baseline, 95);
  console.log(`\nbench/dedup on ${database.kind}, ${personCount.toLocaleString("fr-FR")} persons, ${drafts.length} entries (${duplicates} variants of stored persons), one at a time`);
  console.log("                              p50        p95");
  console.log(`duplicate check          ${percentile(check, 50).toFixed(2).padStart(7)} ms ${percentile(check, 95).toFixed(2).padStart(7)} ms`);
  console.log(`lookup by e-mail         ${percentile(baseline, 50).toFixed(2).padStart(7)} ms ${percentile(baseline, 95).toFixed(2).padStart(7)} ms`);
  console.log(`POST /duplicates/check   ${percentile(endToEnd, 50).toFixed(2).padStart(7)} ms ${percentile(endToEnd, 95).toFixed(2).padStart(7)} ms   (HTTP, API key, end to end)`);
  console.log(`variants found: ${found}/${duplicates}; new entries with a candidate: ${falseAlarms}/${drafts.length - duplicates}`);
  console.log(`check p95 ${percentile(check, 95).toFixed(2)} ms (goal < 20 ms) ${percentile(check, 95) < 20 ? "REACHED" : "NOT REACHED"}; API p95 ${percentile(endToEnd, 95).toFixed(2)} ms ${percentile(endToEnd, 95) < 20 ? "REACHED" : "NOT REACHED"}`);
  console.log(`ratio check/lookup p95 ${ratio.toFixed(2)} (goal ≤ 3) ${ratio <= 3 ? "REACHED" : "NOT REACHED"}`);
  await app.close();
  await platform.queue.stop();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
