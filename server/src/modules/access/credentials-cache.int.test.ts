import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusWithin } from "../../test-support/polling.js";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe("cached credentials", () => {
  it("stop working when another process revokes the key directly in the database", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    const { id, key } = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "elsewhere", permissions: ["reference:read"] } })).json<{ id: string; key: string }>();
    const system = t.withApiKey(key);
    const read = () => system.request({ method: "GET", url: "/api/v1/reference-tables" });
    expect((await read()).statusCode).toBe(200);
    expect((await read()).statusCode).toBe(200);

    await t.platform.database.rows(sql`update api_keys set revoked_at = now() where id = ${id}`);
    expect(await statusWithin(2_000, 401, read)).toBe(401);
  });

  it("lose a permission as soon as the role loses it", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    const role = (await admin.request({ method: "POST", url: "/api/v1/roles", payload: { code: "reader", name: "Lecteur", permissions: ["reference:read"] } })).json<{ id: string; version: number }>();
    const created = await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "lecteur@alpha.demo", displayName: "Lecteur", roleIds: [role.id] } });
    const { temporaryPassword } = created.json<{ temporaryPassword: string }>();
    const reader = await t.signIn("lecteur@alpha.demo", temporaryPassword);
    const read = () => reader.request({ method: "GET", url: "/api/v1/reference-tables" });
    expect((await read()).statusCode).toBe(200);

    const narrowed = await admin.request({ method: "PATCH", url: `/api/v1/roles/${role.id}`, payload: { version: role.version, permissions: [] } });
    expect(narrowed.statusCode).toBe(200);
    expect((await read()).statusCode).toBe(403);
  });

  it("end with the session when another process deletes it", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const me = () => advisor.request({ method: "GET", url: "/api/v1/reference-tables" });
    expect((await me()).statusCode).toBe(200);
    await t.platform.database.rows(sql`delete from sessions where user_id = ${advisor.userId}`);
    expect(await statusWithin(2_000, 401, me)).toBe(401);
  });
});
