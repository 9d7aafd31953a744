import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";
import { waitForJob } from "../../test-support/jobs.js";

let t: TestApp;
let admin: Caller;
let advisorRoleId: string;
beforeAll(async () => {
  t = await startTestApp({ worker: true });
  admin = await t.signIn("admin@alpha.demo");
  const roles = (await admin.request({ method: "GET", url: "/api/v1/roles" })).json<{ items: Array<{ id: string; code: string; system: boolean }> }>();
  advisorRoleId = roles.items.find((role) => role.code === "advisor")?.id ?? "";
});
afterAll(async () => t.close());


describe("user administration", () => {
  it("creates a user with a temporary password shown once, who can then sign in", async () => {
    const created = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "Nouveau.Conseiller@alpha.demo", displayName: "Nouveau Conseiller", roleIds: [advisorRoleId] } });
    expect(created.statusCode).toBe(201);
    const user = created.json<{ id: string; email: string; roleIds: string[]; temporaryPassword: string }>();
    expect(user.email).toBe("nouveau.conseiller@alpha.demo");
    expect(user.roleIds).toEqual([advisorRoleId]);
    expect(user.temporaryPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const session = await t.signIn("nouveau.conseiller@alpha.demo", user.temporaryPassword);
    expect((await session.request({ method: "GET", url: "/api/v1/me" })).json().user.roles).toEqual(["advisor"]);
    const fetched = (await admin.request({ method: "GET", url: `/api/v1/users/${user.id}` })).json();
    expect(fetched).not.toHaveProperty("temporaryPassword");
  });

  it("refuses an e-mail already used in any tenant", async () => {
    const response = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "admin@beta.demo", displayName: "Doublon" } });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0]).toMatchObject({ path: "email", code: "user.email_taken" });
  });

  it("deactivates a user: open sessions end and sign-in is refused", async () => {
    const created = (await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "temp@alpha.demo", displayName: "Temp", password: "un-mot-de-passe-long" } })).json<{ id: string; version: number }>();
    const session = await t.signIn("temp@alpha.demo", "un-mot-de-passe-long");
    const updated = await admin.request({ method: "PATCH", url: `/api/v1/users/${created.id}`, payload: { active: false, version: created.version } });
    expect(updated.json()).toMatchObject({ active: false, version: 2 });
    expect((await session.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    const login = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "temp@alpha.demo", password: "un-mot-de-passe-long" } });
    expect(login.statusCode).toBe(401);
  });

  it("resets a password: the old one stops working, the temporary one works", async () => {
    const created = (await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "oubli@alpha.demo", displayName: "Oubli", password: "ancien-mot-de-passe" } })).json<{ id: string }>();
    const reset = (await admin.request({ method: "POST", url: `/api/v1/users/${created.id}/reset-password` })).json<{ temporaryPassword: string }>();
    await expect(t.signIn("oubli@alpha.demo", "ancien-mot-de-passe")).rejects.toThrow(/401/);
    await expect(t.signIn("oubli@alpha.demo", reset.temporaryPassword)).resolves.toBeDefined();
  });

  it("prevents an administrator from deactivating their own account", async () => {
    const me = (await admin.request({ method: "GET", url: "/api/v1/me" })).json<{ user: { id: string } }>();
    const self = (await admin.request({ method: "GET", url: `/api/v1/users/${me.user.id}` })).json<{ version: number }>();
    const response = await admin.request({ method: "PATCH", url: `/api/v1/users/${me.user.id}`, payload: { active: false, version: self.version } });
    expect(response.statusCode).toBe(409);
  });
});

describe("nobody grants more than they hold", () => {
  async function userAdministrator(email: string, roleCode: string): Promise<{ caller: Caller; id: string; roleId: string; adminRoleId: string }> {
    const roles = (await admin.request({ method: "GET", url: "/api/v1/roles" })).json<{ items: Array<{ id: string; code: string }> }>();
    const adminRoleId = roles.items.find((role) => role.code === "admin")?.id ?? "";
    const role = await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: roleCode, name: "Gestion des comptes", permissions: ["admin:users", "admin:roles", "reference:read"], dataScope: "own" } });
    expect(role.statusCode).toBe(201);
    const roleId = role.json<{ id: string }>().id;
    const created = (await admin.request({ method: "POST", url: "/api/v1/users", payload: { email, displayName: "Gestionnaire", roleIds: [roleId], password: "un-mot-de-passe-long" } })).json<{ id: string }>();
    return { caller: await t.signIn(email, "un-mot-de-passe-long"), id: created.id, roleId, adminRoleId };
  }

  it("refuses to give a role holding permissions or a data scope beyond the caller's, to another or to oneself", async () => {
    const { caller, id, roleId, adminRoleId } = await userAdministrator("gestion.comptes@alpha.demo", "users_only_one");
    const self = (await caller.request({ method: "GET", url: `/api/v1/users/${id}` })).json<{ version: number }>();
    const promote = await caller.request({ method: "PATCH", url: `/api/v1/users/${id}`, payload: { roleIds: [roleId, adminRoleId], version: self.version } });
    expect(promote.statusCode).toBe(403);
    expect(promote.json()).toMatchObject({ code: "access.grant_beyond_own", errors: [{ path: "roleIds.1", code: "access.grant_beyond_own" }] });
    const evil = await caller.request({ method: "POST", url: "/api/v1/users", payload: { email: "evil@alpha.demo", displayName: "Evil", roleIds: [adminRoleId] } });
    expect(evil.statusCode).toBe(403);
    expect((await admin.request({ method: "GET", url: "/api/v1/users?q=evil@alpha.demo" })).json().total).toBe(0);
    expect((await caller.request({ method: "GET", url: "/api/v1/me" })).json().user.roles).toEqual(["users_only_one"]);
    // A role of their own making cannot carry more either, nor can their role be widened.
    const wider = await caller.request({ method: "POST", url: "/api/v1/roles", payload: { code: "wider", name: "Plus large", permissions: ["person:read"], dataScope: "all" } });
    expect(wider.statusCode).toBe(403);
    expect(wider.json().errors).toEqual([expect.objectContaining({ path: "permissions.0" }), expect.objectContaining({ path: "dataScope" })]);
    const own = (await caller.request({ method: "GET", url: `/api/v1/roles/${roleId}` })).json<{ version: number }>();
    const widen = await caller.request({ method: "PATCH", url: `/api/v1/roles/${roleId}`, payload: { permissions: ["admin:users", "admin:roles", "admin:api_keys"], version: own.version } });
    expect(widen.statusCode).toBe(403);
  });

  it("refuses to reset the password of, or change, an account holding more than the caller", async () => {
    const { caller } = await userAdministrator("gestion.deux@alpha.demo", "users_only_two");
    const target = (await admin.request({ method: "GET", url: "/api/v1/users?q=admin@alpha.demo" })).json<{ items: Array<{ id: string; version: number }> }>().items[0];
    if (!target) throw new Error("the demo administrator is missing");
    const reset = await caller.request({ method: "POST", url: `/api/v1/users/${target.id}/reset-password` });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().code).toBe("access.user_beyond_own");
    const deactivate = await caller.request({ method: "PATCH", url: `/api/v1/users/${target.id}`, payload: { active: false, version: target.version } });
    expect(deactivate.statusCode).toBe(403);
    expect((await admin.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
  });
});

describe("roles", () => {
  it("creates a role from declared permissions only and keeps system roles read-only", async () => {
    const unknown = await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: "typo", name: "Typo", permissions: ["person:raed"] } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: "permissions.0", code: "permission.unknown" });
    const created = await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: "readers", name: "Lecteurs", permissions: ["reference:read", "audit:read"] } });
    expect(created.json()).toMatchObject({ code: "readers", permissions: ["audit:read", "reference:read"], system: false });
    const system = await admin.request({ method: "PATCH", url: `/api/v1/roles/${advisorRoleId}`, payload: { name: "Renamed", version: 1 } });
    expect(system.statusCode).toBe(409);
    expect(system.json().code).toBe("role.system_readonly");
    const catalogue = (await admin.request({ method: "GET", url: "/api/v1/permissions" })).json<{ items: Array<{ code: string }> }>();
    expect(catalogue.items.map((item) => item.code)).toEqual(expect.arrayContaining(["admin:users", "reference:read", "audit:read"]));
  });
});

describe("background job: users export", () => {
  it("runs through the queue, reports progress and produces a CSV", async () => {
    const started = await admin.request({ method: "POST", url: "/api/v1/users/export" });
    expect(started.statusCode).toBe(202);
    const { jobId } = started.json<{ jobId: string }>();
    const job = await waitForJob(admin, jobId);
    expect(job).toMatchObject({ state: "succeeded", progress: 100 });
    expect(job.counters.exported).toBeGreaterThanOrEqual(3);
    const file = await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/result` });
    expect(file.headers["content-type"]).toContain("text/csv");
    expect(file.body).toContain("conseiller@alpha.demo");
    expect(file.body).not.toContain("admin@beta.demo");
  });

  it("streams the job's state as server-sent events until it ends", async () => {
    const { jobId } = (await admin.request({ method: "POST", url: "/api/v1/users/export" })).json<{ jobId: string }>();
    const stream = await admin.request({ method: "GET", url: `/api/v1/jobs/${jobId}/events` });
    expect(stream.headers["content-type"]).toBe("text/event-stream");
    const events = stream.body
      .split("\n\n")
      .filter((chunk) => chunk.startsWith("event: job"))
      .map((chunk) => JSON.parse(chunk.split("data: ")[1] ?? "{}") as { state: string });
    expect(events.at(-1)?.state).toBe("succeeded");
  });
});

describe("idempotency", () => {
  it("returns the first answer to a repeated POST with the same key, and refuses the key for another body", async () => {
    const headers = { "idempotency-key": "import-2026-11-23-001" };
    const first = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers, payload: { code: "idem", labelFr: "Idem", labelEn: "Idem" } });
    const second = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers, payload: { code: "idem", labelFr: "Idem", labelEn: "Idem" } });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    const other = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers, payload: { code: "idem2", labelFr: "x", labelEn: "x" } });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe("idempotency.key_reused");
  });
});

describe("files", () => {
  const upload = (filename: string, content: string, contentType: string) =>
    admin.request({
      method: "POST",
      url: "/api/v1/files",
      headers: { "content-type": "multipart/form-data; boundary=XyZ" },
      payload: `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n${content}\r\n--XyZ--\r\n`,
    });

  it("stores an allowed file and serves it back with its name", async () => {
    const saved = await upload("Relevé d'activité.csv", "nom;montant\nDupont;12\n", "text/csv");
    expect(saved.statusCode).toBe(201);
    const { id, sizeBytes } = saved.json<{ id: string; sizeBytes: number }>();
    expect(sizeBytes).toBe(Buffer.byteLength("nom;montant\nDupont;12\n"));
    const download = await admin.request({ method: "GET", url: `/api/v1/files/${id}` });
    expect(download.body).toBe("nom;montant\nDupont;12\n");
    expect(download.headers["content-disposition"]).toContain("filename*=UTF-8''Relev%C3%A9");
  });

  it("refuses a forbidden type and a file whose bytes contradict its name", async () => {
    const executable = await upload("outil.exe", "MZ", "application/octet-stream");
    expect(executable.statusCode).toBe(415);
    expect(executable.json().code).toBe("file.type_not_allowed");
    const fake = await upload("contrat.pdf", "ceci n'est pas un PDF", "application/pdf");
    expect(fake.json().code).toBe("file.type_mismatch");
  });
});
