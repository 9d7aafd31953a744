/**
 * Browser journeys runner: `npx tsx e2e/run.ts [name-filter]`.
 * E2E_BASE_URL=http://host:port tests a running Adhesia; otherwise the web app is built, a server is
 * started on a free port with a fresh data directory, and stopped at the end.
 * Prints `N passed, M failed` last and exits non-zero on any failure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { isJourney, StepError, type Journey } from "./support";

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(e2eDir, "..");
const artifactsDir = path.join(e2eDir, "artifacts");
const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
const STEP_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 15_000);
const SERVER_TIMEOUT_MS = Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 180_000);
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

interface StartedServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function startServer(): Promise<StartedServer> {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    console.log("building the web app…");
    const build = spawnSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], { cwd: repoRoot, stdio: "inherit" });
    if (build.status !== 0) throw new Error("web build failed");
  }
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "adhesia-e2e-data-"));
  const logPath = path.join(artifactsDir, "server.log");
  const log = createWriteStream(logPath);
  const child: ChildProcess = spawn("npx", ["tsx", "server/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // own process group: npx, tsx and node are stopped together
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.once("exit", () => (exited = true));

  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => !exited && child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 10_000);
      await done;
      clearTimeout(timer);
    }
    log.end();
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`starting the server on ${baseUrl} (log: ${path.relative(repoRoot, logPath)})…`);
  const deadline = Date.now() + SERVER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) break;
    const ready = await fetch(`${baseUrl}/ready`).then((response) => response.status === 200, () => false);
    if (ready) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(exited ? `the server exited before being ready, see ${logPath}` : `the server was not ready after ${SERVER_TIMEOUT_MS} ms`);
}

async function loadJourneys(filter: string | undefined): Promise<Journey[]> {
  const dir = path.join(e2eDir, "journeys");
  const files = (await readdir(dir)).filter((file) => file.endsWith(".e2e.ts") && (!filter || file.includes(filter))).sort();
  const journeys: Journey[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    const candidate = typeof module === "object" && module !== null && "default" in module ? module.default : undefined;
    if (!isJourney(candidate)) throw new Error(`${file} must export a default { name, run } journey`);
    journeys.push(candidate);
  }
  return journeys;
}

async function runJourney(journey: Journey, baseUrl: string): Promise<boolean> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), "adhesia-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 850 } });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const browserErrors: string[] = [];
  page.on("pageerror", (error) => browserErrors.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && browserErrors.push(`console: ${message.text()}`));
  const started = Date.now();
  console.log(`▶ ${journey.name}`);
  try {
    await journey.run({
      page,
      baseUrl,
      step: async (name, action) => {
        console.log(`  · ${name}`);
        try {
          await action();
        } catch (error) {
          throw new StepError(name, error);
        }
      },
    });
    console.log(`✔ ${journey.name} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    const screenshot = path.join(artifactsDir, `${journey.name}-${new Date().toISOString().replace(/[:.]/g, "-")}.png`);
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => undefined);
    console.log(`✘ ${journey.name}: ${error instanceof Error ? error.message : String(error)}`);
    console.log(`  url: ${page.url()}`);
    console.log(`  screenshot: ${path.relative(repoRoot, screenshot)}`);
    for (const line of browserErrors.slice(-10)) console.log(`  ${line}`);
    return false;
  } finally {
    await context.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  await mkdir(artifactsDir, { recursive: true });
  const journeys = await loadJourneys(process.argv[2]);
  const server = process.env.E2E_BASE_URL ? undefined : await startServer();
  const baseUrl = process.env.E2E_BASE_URL ?? server?.baseUrl ?? "";
  let passed = 0;
  let failed = 0;
  try {
    for (const journey of journeys) {
      if (await runJourney(journey, baseUrl)) passed += 1;
      else failed += 1;
    }
  } finally {
    await server?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || journeys.length === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
