import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../test-support/multipart.js";
import { startTestApp, type Caller, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn("admin@alpha.demo");
});
afterAll(async () => t.close());

/** Every stored answer, as text, whatever the tenant (the owner role reads past RLS). */
async function storedAnswers(): Promise<string> {
  const rows = await t.platform.database.rows<{ scope: string; body: unknown }>(sql`select scope, body from idempotency_keys`);
  return JSON.stringify(rows);
}

describe("Idempotency-Key scope", () => {
  it("treats the same key on two concrete paths of one route template as two requests", async () => {
    const headers = { "idempotency-key": "same-key-two-tables" };
    const payload = { code: "idem_scope", labelFr: "Portée", labelEn: "Scope" };
    const markers = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers, payload });
    const importance = await admin.request({ method: "POST", url: "/api/v1/reference-tables/importance/values", headers, payload });
    expect(markers.statusCode).toBe(201);
    expect(importance.statusCode).toBe(201);
    expect(importance.headers["idempotent-replayed"]).toBeUndefined();
    expect(importance.json()).toMatchObject({ tableCode: "importance", code: "idem_scope" });
    expect(importance.json().id).not.toBe(markers.json().id);
    const listed = (await admin.request({ method: "GET", url: "/api/v1/reference-tables/importance/values?q=idem_scope" })).json<{ items: Array<{ code: string }> }>();
    expect(listed.items.map((item) => item.code)).toEqual(["idem_scope"]);
    // The same path again is still a replay.
    const again = await admin.request({ method: "POST", url: "/api/v1/reference-tables/importance/values", headers, payload });
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(importance.json().id);
  });

  it("never replays one caller's answer to another, who must pass their own permission check", async () => {
    const headers = { "idempotency-key": "one-caller-only" };
    const payload = { email: "idem.caller@alpha.demo", displayName: "Idem Caller", roleIds: [] };
    const first = await admin.request({ method: "POST", url: "/api/v1/users", headers, payload });
    expect(first.statusCode).toBe(201);
    const advisor = await t.signIn("conseiller@alpha.demo");
    const other = await advisor.request({ method: "POST", url: "/api/v1/users", headers, payload });
    expect(other.statusCode).toBe(403);
    expect(other.headers["idempotent-replayed"]).toBeUndefined();
    expect(other.body).not.toContain(first.json().id);
  });

  it("resets the second user's password even when the key was used for the first user", async () => {
    const create = async (email: string) =>
      (await admin.request({ method: "POST", url: "/api/v1/users", payload: { email, displayName: email, password: "mot-de-passe-initial" } })).json<{ id: string }>();
    const first = await create("reset-one@alpha.demo");
    const second = await create("reset-two@alpha.demo");
    const headers = { "idempotency-key": "reset-password-batch-1" };
    const resetFirst = await admin.request({ method: "POST", url: `/api/v1/users/${first.id}/reset-password`, headers });
    const resetSecond = await admin.request({ method: "POST", url: `/api/v1/users/${second.id}/reset-password`, headers });
    expect(resetSecond.statusCode).toBe(200);
    expect(resetSecond.headers["idempotent-replayed"]).toBeUndefined();
    const { temporaryPassword } = resetSecond.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).not.toBe(resetFirst.json<{ temporaryPassword: string }>().temporaryPassword);
    await expect(t.signIn("reset-two@alpha.demo", temporaryPassword)).resolves.toBeDefined();
    await expect(t.signIn("reset-two@alpha.demo", "mot-de-passe-initial")).rejects.toThrow(/401/);
  });

  it("refuses the key with another query string on the same path", async () => {
    const headers = { "idempotency-key": "query-string-key-1" };
    const payload = { code: "idem_query", labelFr: "Requête", labelEn: "Query" };
    expect((await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values", headers, payload })).statusCode).toBe(201);
    const withQuery = await admin.request({ method: "POST", url: "/api/v1/reference-tables/markers/values?x=1", headers, payload });
    expect(withQuery.statusCode).toBe(422);
    expect(withQuery.json().code).toBe("idempotency.key_reused");
  });
});

describe("Idempotency-Key and secrets shown once", () => {
  it("never stores nor replays an API key", async () => {
    const headers = { "idempotency-key": "api-key-creation-0001" };
    const first = await admin.request({ method: "POST", url: "/api/v1/api-keys", headers, payload: { name: "ERP", permissions: ["reference:read"] } });
    expect(first.statusCode).toBe(201);
    const { key, ...rest } = first.json<{ key: string; id: string }>();
    expect(key).toMatch(/^adh_/);
    expect(await storedAnswers()).not.toContain(key);

    const replay = await admin.request({ method: "POST", url: "/api/v1/api-keys", headers, payload: { name: "ERP", permissions: ["reference:read"] } });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.headers["content-type"]).toContain("application/json");
    expect(replay.json()).toEqual(rest);
    expect(replay.body).not.toContain(key);
  });

  it("never stores nor replays a temporary password, at creation or at reset", async () => {
    const createHeaders = { "idempotency-key": "user-creation-0001" };
    const payload = { email: "secret-once@alpha.demo", displayName: "Secret Once" };
    const created = await admin.request({ method: "POST", url: "/api/v1/users", headers: createHeaders, payload });
    expect(created.statusCode).toBe(201);
    const { temporaryPassword, ...user } = created.json<{ id: string; temporaryPassword: string }>();
    expect(temporaryPassword).toBeTruthy();
    const replayedCreation = await admin.request({ method: "POST", url: "/api/v1/users", headers: createHeaders, payload });
    expect(replayedCreation.statusCode).toBe(201);
    expect(replayedCreation.headers["idempotent-replayed"]).toBe("true");
    expect(replayedCreation.json()).toEqual(user);

    const resetHeaders = { "idempotency-key": "user-reset-0001" };
    const reset = await admin.request({ method: "POST", url: `/api/v1/users/${user.id}/reset-password`, headers: resetHeaders });
    const resetPassword = reset.json<{ temporaryPassword: string }>().temporaryPassword;
    const replayedReset = await admin.request({ method: "POST", url: `/api/v1/users/${user.id}/reset-password`, headers: resetHeaders });
    expect(replayedReset.statusCode).toBe(200);
    expect(replayedReset.headers["idempotent-replayed"]).toBe("true");
    expect(replayedReset.json()).toEqual({});
    // The replay did not reset again: the password of the first answer still works.
    await expect(t.signIn("secret-once@alpha.demo", resetPassword)).resolves.toBeDefined();

    const stored = await storedAnswers();
    expect(stored).not.toContain(temporaryPassword);
    expect(stored).not.toContain(resetPassword);
  });

  it("never stores nor replays a TOTP secret", async () => {
    const session = await t.signIn("marketing@alpha.demo");
    const headers = { "idempotency-key": "totp-setup-0001" };
    const setup = await session.request({ method: "POST", url: "/api/v1/me/totp/setup", headers });
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json<{ secret: string }>();
    expect(await storedAnswers()).not.toContain(secret);
    const replay = await session.request({ method: "POST", url: "/api/v1/me/totp/setup", headers });
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.body).not.toContain(secret);
  });

  it("refuses the key on a file upload, where it could not tell one file from another", async () => {
    const headers = { "idempotency-key": "upload-key-0001" };
    const upload = (content: string) => {
      const body = multipartFile("devis.txt", content);
      return admin.request({ method: "POST", url: "/api/v1/files", payload: body.payload, headers: { ...body.headers, ...headers } });
    };
    const first = await upload("premier contenu");
    expect(first.statusCode).toBe(400);
    expect(first.json().errors).toEqual([expect.objectContaining({ path: "headers.idempotency-key", code: "idempotency.multipart_unsupported" })]);
    const second = await upload("autre contenu");
    expect(second.statusCode).toBe(400);
    expect(second.headers["idempotent-replayed"]).toBeUndefined();
    expect(await storedAnswers()).not.toContain("devis.txt");
    // Without the key the upload is taken, once per request.
    const plain = await admin.request({ method: "POST", url: "/api/v1/files", ...multipartFile("devis.txt", "premier contenu") });
    expect(plain.statusCode).toBe(201);
  });
});
