/**
 * bench/api-overhead: requests per second of a single-record read through the full stack
 * (API key auth, tenant transaction, row-level security, zod serialisation) against a bare
 * Fastify route running the same SELECT, measured alternately in one run. Goal: ratio ≥ 0.5.
 *   npm run bench:api-overhead                 (embedded PGlite)
 *   DATABASE_URL=postgres://… npm run bench:api-overhead   (PostgreSQL server)
 * Options by environment: BENCH_SECONDS (per round, default 5), BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 10).
 * The full path reads the value with a statement prepared once per tenant-read connection
 * (server/src/platform/db/prepared-query.ts); the bare route sends its SELECT unprepared, as a
 * route written without care would. The machine's load weighs on both: compare medians of rounds.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

interface Target {
  url: string;
  headers?: Record<string, string>;
}

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const here = path.dirname(fileURLToPath(import.meta.url));

const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "servers.ts")], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
const firstLine = await new Promise<string>((resolve, reject) => {
  readline.createInterface({ input: child.stdout }).once("line", resolve);
  child.once("exit", (code) => reject(new Error(`bench servers exited with ${code}`)));
});
const setup = JSON.parse(firstLine) as { mode: string; full: Target; bare: Target };

async function measure(target: Target, duration: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url: target.url, headers: target.headers ?? {}, connections, duration });
  const errors = result.errors + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

try {
  await measure(setup.bare, 2);
  await measure(setup.full, 2);
  const full: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const b = await measure(setup.bare, seconds);
    const f = await measure(setup.full, seconds);
    if (b.errors + f.errors > 0) throw new Error(`errors during round ${round}: bare ${b.errors}, full ${f.errors}`);
    bare.push(b.rps);
    full.push(f.rps);
    ratios.push(f.rps / b.rps);
    console.log(`round ${round}: bare ${b.rps.toFixed(0)} req/s (p50 ${b.p50} ms, p99 ${b.p99} ms) · full ${f.rps.toFixed(0)} req/s (p50 ${f.p50} ms, p99 ${f.p99} ms) · ratio ${(f.rps / b.rps).toFixed(2)}`);
  }
  const ratio = median(ratios);
  console.log(`\napi-overhead on ${setup.mode}, ${connections} connections, ${rounds}×${seconds}s`);
  console.log(`bare route  : ${median(bare).toFixed(0)} req/s (median)`);
  console.log(`full stack  : ${median(full).toFixed(0)} req/s (median)`);
  console.log(`ratio full/bare: ${ratio.toFixed(2)} (goal ≥ 0.50) ${ratio >= 0.5 ? "REACHED" : "NOT REACHED"}`);
} finally {
  child.kill("SIGTERM");
}
