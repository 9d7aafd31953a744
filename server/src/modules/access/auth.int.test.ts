import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { successiveTotpCodes } from "../../test-support/totp.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const login = (email: string, password: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password, ...extra }, headers });

describe("sign-in", () => {
  it("opens a session with an HttpOnly cookie and returns the user, tenant and CSRF token", async () => {
    const response = await login("admin@alpha.demo", "adhesia-demo");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: "admin@alpha.demo", roles: ["admin"], tenantId: expect.any(String), id: expect.any(String) });
    expect(body.tenant).toMatchObject({ slug: "alpha", name: "Mutuelle Alpha" });
    expect(body.csrfToken).toMatch(/^[\w-]{30,}$/);
    const cookie = response.cookies.find((item) => item.name === "adhesia_session");
    expect(cookie?.httpOnly).toBe(true);
  });

  it("refuses wrong credentials with a problem in French by default and in English on request", async () => {
    const french = await login("admin@alpha.demo", "wrong-password-1");
    expect(french.statusCode).toBe(401);
    expect(french.headers["content-type"]).toContain("application/problem+json");
    expect(french.json()).toMatchObject({ status: 401, code: "auth.invalid_credentials", title: "E-mail ou mot de passe incorrect" });
    const english = await login("nobody@alpha.demo", "whatever-password", {}, { "accept-language": "en-GB,en;q=0.9" });
    expect(english.json()).toMatchObject({ code: "auth.invalid_credentials", title: "Wrong e-mail or password" });
  });

  it("limits repeated failures on one account, even with the right password afterwards", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await login("marketing@alpha.demo", "bad-password-x")).statusCode).toBe(401);
    const blocked = await login("marketing@alpha.demo", "adhesia-demo");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe("auth.too_many_attempts");
    expect(blocked.headers["retry-after"]).toBe("900");
  });

  it("requires the CSRF token on changes made with a cookie session", async () => {
    const session = await t.signIn("admin@alpha.demo");
    const response = await login("admin@alpha.demo", "adhesia-demo");
    const cookie = response.cookies.find((item) => item.name === "adhesia_session")?.value;
    const withoutToken = await t.app.inject({ method: "POST", url: "/api/v1/api-keys", payload: { name: "x" }, headers: { cookie: `adhesia_session=${cookie}` } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe("auth.csrf_invalid");
    const withToken = await session.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "ci" } });
    expect(withToken.statusCode).toBe(201);
  });

  it("answers /me and closes the session on logout", async () => {
    const session = await t.signIn("conseiller@alpha.demo");
    const me = await session.request({ method: "GET", url: "/api/v1/me" });
    expect(me.json()).toMatchObject({ user: { email: "conseiller@alpha.demo", roles: ["advisor"] }, csrfToken: session.csrfToken });
    expect((await session.request({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(204);
    expect((await session.request({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
  });

  it("enforces a TOTP second factor once the user enabled it", async () => {
    const session = await t.signIn("admin@beta.demo");
    const setup = (await session.request({ method: "POST", url: "/api/v1/me/totp/setup" })).json<{ secret: string; otpauthUrl: string }>();
    expect(setup.otpauthUrl).toContain("otpauth://totp/");
    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/enable", payload: { code: "000000" } })).statusCode).toBe(400);
    const [enableCode, signInCode, laterCode] = await successiveTotpCodes(setup.secret);
    expect((await session.request({ method: "POST", url: "/api/v1/me/totp/enable", payload: { code: enableCode } })).statusCode).toBe(204);

    const withoutCode = await login("admin@beta.demo", "adhesia-demo");
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().code).toBe("auth.totp_required");
    const withCode = await login("admin@beta.demo", "adhesia-demo", { totpCode: signInCode });
    expect(withCode.statusCode).toBe(200);
    // A code is good once, and a code older than the last one taken is refused too.
    for (const spent of [signInCode, enableCode]) {
      const replay = await login("admin@beta.demo", "adhesia-demo", { totpCode: spent });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().code).toBe("auth.invalid_totp");
    }
    expect((await login("admin@beta.demo", "adhesia-demo", { totpCode: laterCode })).statusCode).toBe(200);
  });
});

describe("demo logins", () => {
  it("lists the seeded demo accounts only, never the other users of a demo tenant", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    expect((await admin.request({ method: "POST", url: "/api/v1/users", payload: { email: "jean.dupont@example.fr", displayName: "Jean Dupont" } })).statusCode).toBe(201);
    const listed = await t.app.inject({ method: "GET", url: "/api/v1/auth/demo-logins" });
    expect(listed.statusCode).toBe(200);
    const emails = listed.json<{ items: Array<{ email: string }> }>().items.map((item) => item.email);
    expect(emails).toContain("admin@alpha.demo");
    expect(emails).not.toContain("jean.dupont@example.fr");
    expect(emails.every((email) => email.endsWith(".demo"))).toBe(true);
  });
});

describe("API keys", () => {
  it("creates a key shown once and stored hashed, usable without CSRF, limited to its permissions", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    const created = await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "Back office", permissions: ["reference:read"] } });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json<{ id: string; key: string }>();
    expect(key).toMatch(/^adh_/);
    const listed = (await admin.request({ method: "GET", url: "/api/v1/api-keys" })).json<{ items: Array<Record<string, unknown>> }>();
    expect(JSON.stringify(listed)).not.toContain(key);

    const system = t.withApiKey(key);
    expect((await system.request({ method: "GET", url: "/api/v1/reference-tables" })).statusCode).toBe(200);
    const forbidden = await system.request({ method: "GET", url: "/api/v1/users" });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: "auth.forbidden", title: "Vous n'avez pas la permission admin:users" });

    expect((await admin.request({ method: "DELETE", url: `/api/v1/api-keys/${id}` })).statusCode).toBe(204);
    expect((await system.request({ method: "GET", url: "/api/v1/reference-tables" })).statusCode).toBe(401);
  });

  it("refuses to give a key a permission its creator lacks", async () => {
    const admin = await t.signIn("admin@alpha.demo");
    const key = (await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "limited", permissions: ["admin:api_keys"] } })).json<{ key: string }>().key;
    const escalation = await t.withApiKey(key).request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "wider", permissions: ["admin:users"] } });
    expect(escalation.statusCode).toBe(403);
    expect(escalation.json()).toMatchObject({ code: "auth.api_key_scope", errors: [{ path: "permissions.0", code: "auth.api_key_scope" }] });
  });
});
