import { sql } from "drizzle-orm";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../auth/context.js";
import { withTenant } from "../db/tenant-transaction.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { JobQueue, NO_RETRY, type JobHandler, type JobRetryPolicy } from "./job-queue.js";
import { insertJobRun } from "./job-runs.js";

let t: TestApp;
let admin: Caller;
let tenantId: string;
let queue: JobQueue;
const calls = new Map<string, number>();
/** What the queue wrote to the server log. */
const logged: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  const [tenant] = await t.platform.database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
  tenantId = tenant?.id ?? "";
  // A second worker beside the application's, with job kinds whose handlers fail on purpose.
  queue = new JobQueue(t.platform.database, t.platform.config.databaseUrl, pino({ level: "error" }, { write: (line: string) => logged.push(line) }));
  const quickRetry: JobRetryPolicy = { retryLimit: 1, retryDelaySeconds: 0 };
  const failingTimes = (failures: number): JobHandler => async (message) => {
    const call = (calls.get(message.jobRunId) ?? 0) + 1;
    calls.set(message.jobRunId, call);
    if (call <= failures) throw new Error(`passing fault ${call}`);
    return { counters: { calls: call } };
  };
  queue.define("test.flaky", failingTimes(1), quickRetry);
  queue.define("test.broken", failingTimes(99), quickRetry);
  queue.define("test.not_retried", failingTimes(1), NO_RETRY);
  queue.define("test.sql_fault", async () => {
    await t.platform.database.rows(sql`select no_such_column from job_runs where tenant_id = ${tenantId}`);
    return {};
  });
  await queue.start({ work: true });
});
afterAll(async () => {
  await queue.stop();
  await t.close();
});

interface RunRow {
  state: string;
  errorMessage: string | null;
}

async function runRow(id: string): Promise<RunRow | undefined> {
  const [row] = await t.platform.database.rows<RunRow>(sql`select state, error_message as "errorMessage" from job_runs where id = ${id}`);
  return row;
}

async function finishedRun(id: string): Promise<RunRow> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const row = await runRow(id);
    if (row?.state === "succeeded" || row?.state === "failed") return row;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`job ${id} did not finish`);
}

async function startRun(kind: string): Promise<string> {
  const ctx = systemContext(tenantId, []);
  const run = await withTenant(t.platform.database, ctx, (tx) => insertJobRun(tx, ctx, kind, {}));
  await queue.enqueue(kind, { tenantId, jobRunId: run.id, userId: null });
  return run.id;
}

describe("job queue", () => {
  it("retries a job that may retry, and succeeds without the passing error", async () => {
    const id = await startRun("test.flaky");
    expect(await finishedRun(id)).toEqual({ state: "succeeded", errorMessage: null });
    expect(calls.get(id)).toBe(2);
  });

  it("marks a job failed with its last error once the retries are used up", async () => {
    const id = await startRun("test.broken");
    expect(await finishedRun(id)).toEqual({ state: "failed", errorMessage: "job.failed" });
    expect(calls.get(id)).toBe(2);
  });

  it("runs a job without retry policy once", async () => {
    const id = await startRun("test.not_retried");
    expect(await finishedRun(id)).toEqual({ state: "failed", errorMessage: "job.failed" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(calls.get(id)).toBe(1);
  });

  it("shows the job's reader a message in their language, never the failed SQL statement", async () => {
    const id = await startRun("test.sql_fault");
    await finishedRun(id);
    const french = (await admin.request({ method: "GET", url: `/api/v1/jobs/${id}` })).json<{ state: string; errorMessage: string }>();
    expect(french).toMatchObject({ state: "failed", errorMessage: "Le traitement a échoué sur une erreur technique, dont le détail est dans le journal du serveur" });
    const english = (await admin.request({ method: "GET", url: `/api/v1/jobs/${id}`, headers: { "accept-language": "en" } })).json<{ errorMessage: string }>();
    expect(english.errorMessage).toBe("The job failed on a technical error, whose details are in the server log");
    // Whoever runs the servers still finds what failed.
    expect(logged.some((line) => line.includes(id) && line.includes("no_such_column"))).toBe(true);
  });

  it("marks the run failed with the reason when the queue refuses it, instead of leaving it queued", async () => {
    const { database } = t.platform;
    // The queue's storage refuses this kind, as it would when its database is out of reach.
    await database.rows(sql`alter table pgboss.job add constraint refuse_users_export check (name <> 'access.users_export')`);
    try {
      const refused = await admin.request({ method: "POST", url: "/api/v1/users/export" });
      expect(refused.statusCode, refused.body).toBe(503);
      expect(refused.json().code).toBe("job.queue_unavailable");
    } finally {
      await database.rows(sql`alter table pgboss.job drop constraint refuse_users_export`);
    }
    const runs = await database.rows<RunRow>(sql`select state, error_message as "errorMessage" from job_runs where kind = 'access.users_export'`);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.state).toBe("failed");
    expect(runs[0]?.errorMessage).toBe("job.not_queued");

    const started = await admin.request({ method: "POST", url: "/api/v1/users/export" });
    expect(started.statusCode).toBe(202);
    expect(await finishedRun(started.json<{ jobId: string }>().jobId)).toEqual({ state: "succeeded", errorMessage: null });
  });
});
