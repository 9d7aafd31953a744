import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
let advisor: Caller;
let manager: Caller;
beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  advisor = await t.signIn("conseiller@alpha.demo");
  // A manager reads everything (every `:read` permission) but holds no admin:jobs.
  const roles = (await admin.request({ method: "GET", url: "/api/v1/roles" })).json<{ items: Array<{ id: string; code: string }> }>();
  const managerRole = roles.items.find((role) => role.code === "manager")?.id;
  await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "manager@alpha.demo", displayName: "Manager", password: "mot-de-passe-manager", roleIds: [managerRole] } });
  manager = await t.signIn("manager@alpha.demo", "mot-de-passe-manager");
});
afterAll(async () => t.close());

async function finishedJob(caller: Caller, jobId: string): Promise<{ state: string; resultFileId: string | null }> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const job = (await caller.request({ method: "GET", url: `/api/v1/jobs/${jobId}` })).json<{ state: string; resultFileId: string | null }>();
    if (job.state === "succeeded" || job.state === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("job did not finish");
}

async function startExport(caller: Caller): Promise<string> {
  const started = await caller.request({ method: "POST", url: "/api/v1/users/export" });
  expect(started.statusCode, started.body).toBe(202);
  return started.json<{ jobId: string }>().jobId;
}

/** Every job route answers 404 record.not_found, exactly as for a job that does not exist. */
async function expectHidden(caller: Caller, jobId: string): Promise<void> {
  for (const suffix of ["", "/events", "/result", "/error-report"]) {
    const response = await caller.request({ method: "GET", url: `/api/v1/jobs/${jobId}${suffix}` });
    expect(response.statusCode, `${suffix} ${response.body}`).toBe(404);
    expect(response.json().code).toBe("record.not_found");
  }
}

describe("who may follow a job", () => {
  it("hides a job and its file from users who did not start it, unless they hold admin:jobs", async () => {
    const jobId = await startExport(admin);
    expect((await finishedJob(admin, jobId)).state).toBe("succeeded");
    await expectHidden(advisor, jobId);
    await expectHidden(manager, jobId);
    const permissions = (await admin.request({ method: "GET", url: "/api/v1/permissions" })).json<{ items: Array<{ code: string }> }>();
    expect(permissions.items.map((item) => item.code)).toContain("admin:jobs");
    const me = (await admin.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { permissions: string[] } }>();
    expect(me.user.permissions).toContain("admin:jobs");
  });

  it("lets the user who started a job follow it and download its result, and an administrator too", async () => {
    const role = (await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: "exporters", name: "Exports", permissions: ["admin:users", "job:read", "file:read"] } })).json<{ id: string }>();
    await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "exports@alpha.demo", displayName: "Exports", password: "mot-de-passe-exports", roleIds: [role.id] } });
    const exporter = await t.signIn("exports@alpha.demo", "mot-de-passe-exports");

    const jobId = await startExport(exporter);
    expect((await finishedJob(exporter, jobId)).state).toBe("succeeded");
    const events = await exporter.request({ method: "GET", url: `/api/v1/jobs/${jobId}/events` });
    expect(events.headers["content-type"]).toBe("text/event-stream");
    expect(events.body).toContain('"state":"succeeded"');
    expect((await exporter.request({ method: "GET", url: `/api/v1/jobs/${jobId}/result` })).body).toContain("conseiller@alpha.demo");
    await expectHidden(advisor, jobId);
    expect((await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/result` })).statusCode).toBe(200);
    // Another tenant's administrator does not see it either.
    await expectHidden(await t.signIn("admin@beta.demo"), jobId);
  });

  it("lets the API key that started a job follow it, and no other key", async () => {
    const createKey = async (name: string) =>
      (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name, permissions: ["admin:users", "job:read", "file:read"] } })).json<{ key: string }>().key;
    const starter = t.withApiKey(await createKey("ERP export"));
    const other = t.withApiKey(await createKey("Autre système"));
    const jobId = await startExport(starter);
    expect((await finishedJob(starter, jobId)).state).toBe("succeeded");
    expect((await starter.request({ method: "GET", url: `/api/v1/jobs/${jobId}/result` })).statusCode).toBe(200);
    await expectHidden(other, jobId);
    await expectHidden(advisor, jobId);
    expect((await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}` })).statusCode).toBe(200);
  });

  it("hides a user's job from an API key with the same permissions", async () => {
    const key = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "lecteur de traitements", permissions: ["job:read", "file:read"] } })).json<{ key: string }>().key;
    const jobId = await startExport(admin);
    await finishedJob(admin, jobId);
    await expectHidden(t.withApiKey(key), jobId);
  });
});
