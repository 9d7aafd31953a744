/**
 * bench/pricing: the pricing engine and the proposals service.
 *   npm run bench:pricing                                   (embedded PGlite in a temporary folder)
 *   DATABASE_URL=postgres://… npm run bench:pricing         (a scratch database on that server, dropped after)
 * Environment: BENCH_RUNS (default 20000 engine runs), BENCH_PROPOSALS (default 300 proposal runs).
 *
 * 1. A household of four (main insured, spouse, two children) priced by the engine alone, with the
 *    demo individual tariff (Alsace-Moselle rows, three zones × seven age bands, fees, three discounts,
 *    commissions): goal p95 < 1 ms. Baseline in the same run: the least any pricing does — find each
 *    beneficiary's row in the same grid and add the amounts, no fees, discounts, tax nor lines — so
 *    the ratio is what the full explanation costs over a bare lookup.
 * 2. Every proposal of 50 formulas (10 products × 5 formulas sold on one channel) for one profile,
 *    through PricingService.proposals in process (tenant read with row-level security: social regime,
 *    products, ids of the versions in force, formula names, parameters, then the engine 50 times and
 *    each distinct explanation text once; the versions' grids come from the in-memory VersionCache
 *    after the first run, since a stored version never changes): goal p95 < 20 ms.
 *    Baseline in the same run: the engine alone on the same 50 tariffs already in memory, so the
 *    ratio is the share of loading.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { systemContext } from "../../server/src/platform/auth/context.js";
import { openDatabase, type Database } from "../../server/src/platform/db/database.js";
import { migrate } from "../../server/src/platform/db/migrate.js";
import { createScratchDatabase } from "../../server/src/platform/db/scratch-database.js";
import { createHttpServer } from "../../server/src/platform/http/server.js";
import { registerCatalogueModule } from "../../server/src/modules/catalogue/index.js";
import { introducerKinds, provisionTenant } from "../../server/src/modules/organisation/index.js";
import { price, registerPricingModule, type PricingParameters, type PricingProfile, type Tariff, type TariffRow } from "../../server/src/modules/pricing/index.js";
import { demoZones, individualGrid } from "../../server/src/seed/demo-catalogue.js";
import { percentile, time } from "../measure.js";

const engineRuns = Number(process.env.BENCH_RUNS ?? 20_000);
const proposalRuns = Number(process.env.BENCH_PROPOSALS ?? 300);
const productCount = 10;
const formulasPerProduct = 5;

const parameters: PricingParameters = {
  pmssCents: [{ from: "2026-01-01", value: 400_500 }],
  tsaRates: [{ from: "2016-01-01", value: { responsible: "13.27", standard: "20.27" } }],
};

const settings = {
  ageMethod: "birth_year" as const,
  responsibleContract: true,
  zones: demoZones,
  defaultZone: "Z1",
  fees: [
    { kind: "adhesion" as const, label: "Frais d'adhésion", amountCents: 1500 },
    { kind: "management" as const, label: "Frais de gestion", amountCents: 200 },
    { kind: "association_dues" as const, label: "Cotisation associative", amountCents: 100 },
  ],
  discounts: [
    { kind: "couple" as const, label: "Remise couple", percent: "10", roles: ["main_insured" as const, "spouse" as const] },
    { kind: "nth_child_free" as const, label: "Gratuité à partir du 3e enfant", fromRank: 3 },
    { kind: "commercial" as const, label: "Offre web", percent: "5", channels: ["online"], validFrom: "2026-01-01", validTo: "2026-03-31" },
  ],
  commissions: [{ introducerKind: "broker", label: "Commission courtier", percent: "12" }],
};

const tariffOf = (factor: number): Tariff => ({ version: "bench", ...settings, grid: individualGrid(factor), options: [] });

const household: PricingProfile = {
  effectiveDate: "2026-01-01",
  postalCode: "69003",
  socialRegime: "general",
  localRegime: "none",
  channel: "online",
  introducer: { id: "bench", kind: "broker" },
  beneficiaries: [
    { role: "main_insured", birthDate: "1984-05-10" },
    { role: "spouse", birthDate: "1986-11-02" },
    { role: "child", birthDate: "2014-03-01" },
    { role: "child", birthDate: "2017-07-14" },
  ],
};

/** The baseline: each beneficiary's row by role, age by birth year and zone, summed. */
function bareLookup(rows: readonly TariffRow[], zone: string): number {
  const year = Number(household.effectiveDate.slice(0, 4));
  let total = 0;
  for (const beneficiary of household.beneficiaries) {
    const age = year - Number(beneficiary.birthDate.slice(0, 4));
    const row = rows.find(
      (candidate) =>
        (!candidate.roles || candidate.roles.includes(beneficiary.role)) &&
        (candidate.ageMin === undefined || age >= candidate.ageMin) &&
        (candidate.ageMax === undefined || age <= candidate.ageMax) &&
        (!candidate.zones || candidate.zones.includes(zone)) &&
        !candidate.localRegimes,
    );
    total += row?.amountCents ?? 0;
  }
  return total;
}

function timeSync(runs: number, work: () => unknown): number[] {
  const durations: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    durations.push(performance.now() - start);
  }
  return durations;
}

const summary = (label: string, durations: number[]): string =>
  `${label}: p50 ${percentile(durations, 50).toFixed(4)} ms, p95 ${percentile(durations, 95).toFixed(4)} ms, p99 ${percentile(durations, 99).toFixed(4)} ms`;

// 1. The engine on a household of four.
const tariff = tariffOf(1.35);
const check = price(tariff, parameters, household);
if (!check.ok) throw new Error(JSON.stringify(check.issues));
console.log(`household of four: ${check.price.monthly.grossCents} cents a month, ${check.price.lines.length} lines`);
timeSync(2000, () => price(tariff, parameters, household)); // warm-up of both, so the JIT is not measured
timeSync(2000, () => bareLookup(tariff.grid.rows, "Z2"));
const engine: number[] = [];
const lookup: number[] = [];
// Alternated in blocks, so that a busy neighbour on the machine slows both alike.
for (let block = 0; block < 10; block += 1) {
  engine.push(...timeSync(engineRuns / 10, () => price(tariff, parameters, household)));
  lookup.push(...timeSync(engineRuns / 10, () => bareLookup(tariff.grid.rows, "Z2")));
}
console.log(summary("engine, household of four", engine));
console.log(summary("baseline, bare row lookup and sum", lookup));
const engineP95 = percentile(engine, 95);
console.log(`engine p95 ${engineP95.toFixed(4)} ms (goal < 1 ms) ${engineP95 < 1 ? "REACHED" : "NOT REACHED"}; ratio engine/lookup p50 ${(percentile(engine, 50) / percentile(lookup, 50)).toFixed(1)}`);

// 2. Proposals of 50 formulas, through the service.
const serverUrl = process.env.DATABASE_URL;
const scratch = serverUrl ? await createScratchDatabase(serverUrl, "adhesia_bench_pricing") : undefined;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "adhesia-bench-pricing-"));
const database: Database = await openDatabase({ databaseUrl: scratch?.url, dataDir: scratch ? undefined : path.join(dataDir, "pglite") });
try {
  await migrate(database);
  const { id: tenantId } = await provisionTenant(database, { slug: "bench", name: "Mutuelle Bench", isDemo: true });
  const app = await createHttpServer({ logLevel: "silent", maxUploadBytes: 1_000_000 });
  const catalogue = registerCatalogueModule(app, database);
  // No introducer is priced here; the kinds let the tariff's broker commission be entered.
  const { pricing, tariffs } = registerPricingModule(app, { database, catalogue, introducers: { kindOf: () => Promise.resolve(undefined), kinds: introducerKinds } });
  const ctx = systemContext(tenantId, ["catalogue:read", "catalogue:write"], "bench");
  const range = await catalogue.ranges.create(ctx, { code: "BENCH", label: "Bench", domain: "health", contractType: "individual", rangeType: "base" });
  const inMemory: Tariff[] = [];
  for (let p = 0; p < productCount; p += 1) {
    const product = await catalogue.products.create(ctx, { rangeId: range.id, code: `P${p}`, label: `Produit ${p}`, channels: ["online"] });
    const grids = [];
    for (let f = 0; f < formulasPerProduct; f += 1) {
      const formula = await catalogue.formulas.create(ctx, { productId: product.id, code: `F${f}`, label: `Formule ${p}.${f}` });
      const factor = 1 + p * 0.05 + f * 0.3;
      grids.push({ formulaId: formula.id, grid: individualGrid(factor), options: [] });
      inMemory.push(tariffOf(factor));
    }
    await tariffs.create(ctx, product.id, { ...settings, effectiveFrom: "2026-01-01", grids });
  }
  const request = { ...household, channel: "online", introducerId: undefined, localRegime: "none" as const };
  const first = await pricing.proposals(ctx, request);
  console.log(`proposals: ${first.length} formulas priced, from ${first[0]?.price.monthly.grossCents} to ${first.at(-1)?.price.monthly.grossCents} cents a month`);
  for (let run = 0; run < 30; run += 1) await pricing.proposals(ctx, request);
  const service: number[] = [];
  const engineOnly: number[] = [];
  for (let run = 0; run < proposalRuns; run += 1) {
    service.push(await time(() => pricing.proposals(ctx, request)));
    engineOnly.push(...timeSync(1, () => inMemory.map((candidate) => price(candidate, parameters, household))));
  }
  console.log(summary("proposals of 50 formulas (service, with loading)", service));
  console.log(summary("baseline, the engine alone on the same 50 tariffs in memory", engineOnly));
  const serviceP95 = percentile(service, 95);
  console.log(`proposals p95 ${serviceP95.toFixed(2)} ms (goal < 20 ms) ${serviceP95 < 20 ? "REACHED" : "NOT REACHED"}; ratio service/engine p50 ${(percentile(service, 50) / percentile(engineOnly, 50)).toFixed(1)}`);
  await app.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
