/**
 * bench/feed: the daily back-office feed (docs/interfaces/back-office-feed.md) on a tenant that
 * already holds persons. The feed has BENCH_CONTRACTS contracts (default 100,000) with 2.5
 * beneficiaries each on average (250,000), a third of them spelling variants of stored persons
 * (accents, case, hyphens, first-name spellings, glued particles); the others are new people.
 * Measured in the same run, on the same server:
 *   (a) the feed import through the job path the upload and the CLI use (file stored, job queued,
 *       lines parsed, matched, persons created with their hooks, contracts upserted, flags and
 *       natures refreshed, audit), from start to the job's end;
 *   (b) COPY of the same rows (one row per contract and one per beneficiary, the records as JSON)
 *       into two plain staging tables, logged like the application's tables.
 * Goals: the import under 3 minutes at 100,000 contracts, and at least 0.2 × the COPY throughput.
 * Then checks: counts, beneficiaries linked to stored persons vs created, and a replay of the first
 * BENCH_REPLAY lines (default 1,000) that must find every contract unchanged.
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:feed
 * Environment: BENCH_CONTRACTS, BENCH_PERSONS (stored persons before the feed, default 200,000),
 * BENCH_REPLAY. A scratch database of that server is made and dropped; COPY needs a server, so
 * DATABASE_URL is required. The machine's load weighs on every figure: the load average is printed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { buildApp, createPlatform } from "../../server/src/app.js";
import { rebuildKeyIndex } from "../../server/src/modules/duplicates/index.js";
import { startContractFeed } from "../../server/src/modules/contracts/index.js";
import { systemContext } from "../../server/src/platform/auth/context.js";
import { permissionCatalogue } from "../../server/src/platform/auth/permissions.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { openDatabase } from "../../server/src/platform/db/database.js";
import { migrate } from "../../server/src/platform/db/migrate.js";
import { createScratchDatabase } from "../../server/src/platform/db/scratch-database.js";
import { isFinished } from "../../server/src/platform/jobs/job-queue.js";
import { findJobRun, type JobRunView } from "../../server/src/platform/jobs/job-runs.js";
import { seedDemo } from "../../server/src/seed/demo.js";
import { benchLocalities, loadPersons, vacuumAnalyze, withoutSecondaryIndexes } from "../search/data.js";
import { time } from "../measure.js";
import { generateFeed } from "./data.js";

const contractCount = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const personCount = Number(process.env.BENCH_PERSONS ?? 200_000);
const replayCount = Math.min(contractCount, Number(process.env.BENCH_REPLAY ?? 1_000));
const baseSeed = 20261201;
const feedSeed = 20261202;
const GOAL_MS = 180_000;
const GOAL_CONTRACTS = 100_000;
const GOAL_RATIO = 0.2;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("bench:feed needs DATABASE_URL (COPY, its baseline, is a server's)");

/** CSV field: quoted, inner quotes doubled. */
const csv = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`;

/** The feed's rows for COPY: one per contract (its record as JSON) and one per beneficiary. */
function stagingRows(text: string): { contracts: string[]; beneficiaries: string[] } {
  const contracts: string[] = [];
  const beneficiaries: string[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line) as { sourceSystem: string; number: string; holder: unknown; beneficiaries: Array<{ role: string; lastName: string; firstName: string; birthDate: string }> };
    contracts.push(`${[record.sourceSystem, record.number, JSON.stringify(record.holder), line].map(csv).join(",")}\n`);
    record.beneficiaries.forEach((beneficiary, position) => {
      beneficiaries.push(`${[record.sourceSystem, record.number, position, beneficiary.role, beneficiary.lastName, beneficiary.firstName, beneficiary.birthDate].map(csv).join(",")}\n`);
    });
  }
  return { contracts, beneficiaries };
}

async function copyRows(url: string, rows: ReturnType<typeof stagingRows>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    await pipeline(Readable.from(rows.contracts), client.query(copyFrom("copy bench_feed_contracts (source_system, number, holder, record) from stdin (format csv)")));
    await pipeline(Readable.from(rows.beneficiaries), client.query(copyFrom("copy bench_feed_beneficiaries (source_system, number, position, role, last_name, first_name, birth_date) from stdin (format csv)")));
    await client.query("commit");
  } finally {
    await client.end();
  }
}

const scratch = await createScratchDatabase(serverUrl, "adhesia_bench_feed");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-bench-feed-"));
const database = await openDatabase({ databaseUrl: scratch.url });
try {
  await migrate(database);
  await seedDemo(database);
  const [tenant] = await database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
  const tenantId = tenant?.id ?? "";
  const ctx = systemContext(tenantId, permissionCatalogue().map((permission) => permission.code), "bench");

  console.log(`loading ${personCount.toLocaleString("fr-FR")} persons…`);
  const loadMs = await time(async () => {
    await withoutSecondaryIndexes(database, async () => {
      await loadPersons(database, tenantId, personCount, baseSeed);
    });
    await vacuumAnalyze(database);
    // Stored persons filed under their matching keys, as a scan after a bulk load leaves them.
    await rebuildKeyIndex(database, ctx, "person");
  });
  console.log(`loaded and filed in ${(loadMs / 1000).toFixed(0)} s`);

  const feed = generateFeed({ seed: feedSeed, baseSeed, baseCount: personCount, contracts: contractCount, localities: benchLocalities() });
  const rowCount = contractCount + feed.beneficiaries;
  console.log(`feed: ${contractCount.toLocaleString("fr-FR")} contracts, ${feed.beneficiaries.toLocaleString("fr-FR")} beneficiaries (${feed.variants.toLocaleString("fr-FR")} variants of stored persons), ${(feed.text.length / 1e6).toFixed(1)} MB`);

  await database.rows(sql`create table bench_feed_contracts (source_system text not null, number text not null, holder jsonb not null, record jsonb not null)`);
  await database.rows(sql`create table bench_feed_beneficiaries (source_system text not null, number text not null, position int not null, role text not null, last_name text not null, first_name text not null, birth_date date not null)`);
  const rows = stagingRows(feed.text);
  const copyMs = await time(() => copyRows(scratch.url, rows));

  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" }), databaseUrl: scratch.url };
  const platform = createPlatform(config, database);
  const app = await buildApp(platform);
  await app.ready();
  await platform.queue.start({ work: true });
  const runFeed = async (name: string, text: string): Promise<JobRunView> => {
    const { jobId } = await startContractFeed(platform, ctx, { name, contentType: "application/jsonl", data: Buffer.from(text) }, "cli");
    for (;;) {
      const job = await findJobRun(database, ctx, jobId);
      if (job && isFinished(job)) return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const load = os.loadavg();
  let job: JobRunView | undefined;
  const importMs = await time(async () => (job = await runFeed("bench.jsonl", feed.text)));
  const loadAfter = os.loadavg();
  if (job?.state !== "succeeded") throw new Error(`the feed job ended ${job?.state}: ${job?.errorMessage ?? ""}`);

  const replayText = `${feed.text.split("\n").slice(0, replayCount).join("\n")}\n`;
  const replay = await runFeed("bench-replay.jsonl", replayText);

  const [counts] = await database.rows<{ contracts: number; beneficiaries: number; linked: number; created: number; review: number }>(sql`
    select (select count(*)::int from contracts where tenant_id = ${tenantId} and source_system = 'BENCH') as contracts,
           (select count(*)::int from contract_beneficiaries b join contracts c on c.tenant_id = b.tenant_id and c.id = b.contract_id
              where b.tenant_id = ${tenantId} and c.source_system = 'BENCH') as beneficiaries,
           (select count(*)::int from contract_beneficiaries b join contracts c on c.tenant_id = b.tenant_id and c.id = b.contract_id
              join persons p on p.tenant_id = b.tenant_id and p.id = b.person_id join origins o on o.id = p.origin_id
              where b.tenant_id = ${tenantId} and c.source_system = 'BENCH' and o.code <> 'back_office') as linked,
           (select count(*)::int from persons p join origins o on o.id = p.origin_id where p.tenant_id = ${tenantId} and o.code = 'back_office') as created,
           (select count(*)::int from duplicate_candidates where tenant_id = ${tenantId}) as review`);
  const [staged] = await database.rows<{ contracts: number; beneficiaries: number }>(sql`
    select (select count(*)::int from bench_feed_contracts) as contracts, (select count(*)::int from bench_feed_beneficiaries) as beneficiaries`);

  const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString("fr-FR");
  const ratio = copyMs / importMs;
  console.log(`\nbench/feed on ${database.kind}, ${personCount.toLocaleString("fr-FR")} stored persons, load average ${load.map((value) => value.toFixed(2)).join(" ")} before, ${loadAfter.map((value) => value.toFixed(2)).join(" ")} after the import`);
  console.log(`feed import (job)   ${(importMs / 1000).toFixed(1).padStart(7)} s   ${perSecond(contractCount, importMs).padStart(9)} contracts/s ${perSecond(rowCount, importMs).padStart(9)} rows/s   counters ${JSON.stringify(job.counters)}`);
  console.log(`COPY staging        ${(copyMs / 1000).toFixed(1).padStart(7)} s   ${perSecond(contractCount, copyMs).padStart(9)} contracts/s ${perSecond(rowCount, copyMs).padStart(9)} rows/s   (logged tables; ${staged?.contracts} + ${staged?.beneficiaries} rows)`);
  const atGoalSize = (importMs * GOAL_CONTRACTS) / contractCount;
  const sized = contractCount >= GOAL_CONTRACTS ? "" : ` — at this pace ${(atGoalSize / 1000).toFixed(0)} s at 100,000`;
  console.log(`import time ${(importMs / 1000).toFixed(1)} s for ${contractCount.toLocaleString("fr-FR")} contracts${sized} (goal < 180 s at 100,000) ${atGoalSize < GOAL_MS ? "REACHED" : "NOT REACHED"}`);
  console.log(`ratio import/COPY throughput ${ratio.toFixed(3)} (goal ≥ ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? "REACHED" : "NOT REACHED"}`);
  console.log(`check: ${counts?.contracts} contracts, ${counts?.beneficiaries} beneficiaries, ${counts?.linked} linked to stored persons (${feed.variants} variants sent), ${counts?.created} persons created, ${counts?.review} pairs listed for review`);
  console.log(`replay of ${replayCount} lines: ${replay.state} ${JSON.stringify(replay.counters)} ${replay.counters.unchanged === replayCount ? "all unchanged" : "CHANGED SOMETHING"}`);
  if (counts?.contracts !== contractCount || counts.beneficiaries !== feed.beneficiaries || replay.counters.unchanged !== replayCount) process.exitCode = 1;
  await platform.queue.stop();
  await app.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await scratch.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
