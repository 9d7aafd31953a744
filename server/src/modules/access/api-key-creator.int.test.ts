import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusWithin } from "../../test-support/polling.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

interface Integrator {
  userId: string;
  userVersion: () => Promise<number>;
  roleId: string;
  session: Caller;
}

/** A user whose only role grants what they may delegate to keys. */
async function integrator(email: string, permissions: string[]): Promise<Integrator> {
  const role = (await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: email.split("@")[0], name: email, permissions } })).json<{ id: string }>();
  const created = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email, displayName: email, password: "mot-de-passe-integrateur", roleIds: [role.id] } });
  expect(created.statusCode, created.body).toBe(201);
  const userId = created.json<{ id: string }>().id;
  const userVersion = async () => (await admin.request({ method: "GET", url: `/api/v1/users/${userId}` })).json<{ version: number }>().version;
  return { userId, userVersion, roleId: role.id, session: await t.signIn(email, "mot-de-passe-integrateur") };
}

async function createKey(caller: Caller, permissions: string[]): Promise<Caller> {
  const created = await caller.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "ERP", permissions } });
  expect(created.statusCode, created.body).toBe(201);
  return t.withApiKey(created.json<{ key: string }>().key);
}

async function setRolePermissions(roleId: string, permissions: string[]): Promise<void> {
  const role = (await admin.request({ method: "GET", url: `/api/v1/roles/${roleId}` })).json<{ version: number }>();
  const changed = await admin.request({ method: "PATCH", url: `/api/v1/roles/${roleId}`, payload: { version: role.version, permissions } });
  expect(changed.statusCode, changed.body).toBe(200);
}

const readOrigins = (caller: Caller) => caller.request({ method: "GET", url: "/api/v1/origins" });
const readReferenceTables = (caller: Caller) => caller.request({ method: "GET", url: "/api/v1/reference-tables" });
const keyPermissions = async (caller: Caller) => (await caller.request({ method: "GET", url: "/api/v1/me" })).json<{ permissions: string[] }>().permissions;

describe("an API key acts within its creator's current permissions", () => {
  it("loses a permission its creator loses, and keeps the others", async () => {
    const owner = await integrator("integrateur@alpha.demo", ["admin:api_keys", "reference:read", "origin:read"]);
    const key = await createKey(owner.session, ["reference:read", "origin:read"]);
    expect((await readOrigins(key)).statusCode).toBe(200);
    expect(await keyPermissions(key)).toEqual(["origin:read", "reference:read"]);

    await setRolePermissions(owner.roleId, ["admin:api_keys", "reference:read"]);
    const refused = await readOrigins(key);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("auth.forbidden");
    expect((await readReferenceTables(key)).statusCode).toBe(200);
    expect(await keyPermissions(key)).toEqual(["reference:read"]);

    // Given back to the creator, the permission the key was created with works again; never more.
    await setRolePermissions(owner.roleId, ["admin:api_keys", "reference:read", "origin:read", "person:read"]);
    expect((await readOrigins(key)).statusCode).toBe(200);
    expect(await keyPermissions(key)).toEqual(["origin:read", "reference:read"]);
  });

  it("is refused while its creator is deactivated", async () => {
    const owner = await integrator("desactive@alpha.demo", ["admin:api_keys", "reference:read"]);
    const key = await createKey(owner.session, ["reference:read"]);
    expect((await readReferenceTables(key)).statusCode).toBe(200);

    const deactivated = await admin.request({ method: "PATCH", url: `/api/v1/users/${owner.userId}`, payload: { version: await owner.userVersion(), active: false } });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    const refused = await readReferenceTables(key);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe("auth.unauthenticated");

    await admin.request({ method: "PATCH", url: `/api/v1/users/${owner.userId}`, payload: { version: await owner.userVersion(), active: true } });
    expect((await readReferenceTables(key)).statusCode).toBe(200);
  });

  it("binds a key created with a key to the same person", async () => {
    const owner = await integrator("delegue@alpha.demo", ["admin:api_keys", "reference:read", "origin:read"]);
    const parent = await createKey(owner.session, ["admin:api_keys", "origin:read"]);
    const child = await createKey(parent, ["origin:read"]);
    expect((await readOrigins(child)).statusCode).toBe(200);
    await setRolePermissions(owner.roleId, ["admin:api_keys", "reference:read"]);
    expect((await readOrigins(child)).statusCode).toBe(403);
  });

  it("follows changes another process makes directly in the database", async () => {
    const owner = await integrator("ailleurs@alpha.demo", ["admin:api_keys", "reference:read", "origin:read"]);
    const key = await createKey(owner.session, ["origin:read"]);
    expect((await readOrigins(key)).statusCode).toBe(200);
    expect((await readOrigins(key)).statusCode).toBe(200);

    await t.platform.database.rows(sql`update roles set permissions = array['admin:api_keys', 'reference:read'] where id = ${owner.roleId}`);
    expect(await statusWithin(2_000, 403, () => readOrigins(key))).toBe(403);
    await t.platform.database.rows(sql`update roles set permissions = array['admin:api_keys', 'origin:read'] where id = ${owner.roleId}`);
    expect(await statusWithin(2_000, 200, () => readOrigins(key))).toBe(200);
    await t.platform.database.rows(sql`update users set active = false where id = ${owner.userId}`);
    expect(await statusWithin(2_000, 401, () => readOrigins(key))).toBe(401);
  });
});
