import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installAuthentication } from "../modules/access/authenticate.js";
import { CredentialCache } from "../modules/access/credential-cache.js";
import { createHttpServer } from "../platform/http/server.js";
import { startTestApp, type Caller, type TestApp } from "../test-support/test-app.js";

/**
 * A caller without the permission is refused (403) before anything they sent is read: never 400 on
 * their fields, which would tell them what the route expects and cost the server a parse.
 */
let t: TestApp;
let noPermissions: Caller;
let routes: Array<{ method: string; path: string }>;

/** Routes that name no permission before reading the request (`config.permission: null`): each says why where it is declared. */
const serviceDecides = new Set([
  "POST /api/v1/auth/logout",
  "GET /api/v1/me",
  "POST /api/v1/me/password",
  "POST /api/v1/me/totp/setup",
  "POST /api/v1/me/totp/enable",
  "POST /api/v1/me/totp/disable",
  "GET /api/v1/permissions",
  "POST /api/v1/duplicates/check",
  "POST /api/v1/duplicate-candidates/{id}/decision",
  "POST /api/v1/duplicate-candidates/decisions",
]);
const publicRoutes = new Set(["POST /api/v1/auth/login", "GET /api/v1/auth/demo-logins"]);

beforeAll(async () => {
  t = await startTestApp();
  const admin = await t.signIn("admin@alpha.demo");
  const created = await admin.request({ method: "POST", url: "/api/v1/api-keys", payload: { name: "no rights", permissions: [] } });
  noPermissions = t.withApiKey(created.json<{ key: string }>().key);
  const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{ paths: Record<string, Record<string, unknown>> }>();
  routes = Object.entries(spec.paths)
    .filter(([path]) => path.startsWith("/api/v1/"))
    .flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })));
});
afterAll(async () => t.close());

describe("permission before validation", () => {
  it("refuses to register an authenticated route that declares no permission", async () => {
    const app = await createHttpServer({ logLevel: "silent", maxUploadBytes: 1024 });
    installAuthentication(app, t.platform.database, new CredentialCache());
    expect(() => app.get("/api/v1/forgotten", async () => ({}))).toThrow("GET /api/v1/forgotten: declare config.permission");
    app.get("/api/v1/open", { config: { public: true } }, async () => ({}));
    app.get("/api/v1/declared", { config: { permission: null } }, async () => ({}));
    await app.close();
  });

  it("answers 403 auth.forbidden, not 400, to a key without permissions sending an invalid body", async () => {
    for (const url of ["/api/v1/users", "/api/v1/persons", "/api/v1/roles", "/api/v1/origins", "/api/v1/interactions", "/api/v1/reference-tables/markers/values"]) {
      const response = await noPermissions.request({ method: "POST", url, payload: {} });
      expect(response.statusCode, `${url} ${response.body}`).toBe(403);
      expect(response.json()).toMatchObject({ code: "auth.forbidden", status: 403 });
    }
  });

  it("answers 403 to the wrong kind of caller before reading the body: a key on one's own account, a person on a system's interface", async () => {
    for (const url of ["/api/v1/me/password", "/api/v1/me/totp/enable"]) {
      const response = await noPermissions.request({ method: "POST", url, payload: {} });
      expect(response.json(), url).toMatchObject({ status: 403, code: "auth.session_required" });
    }
    const admin = await t.signIn("admin@alpha.demo");
    for (const url of ["/api/v1/integrations/back-office/contracts", "/api/v1/integrations/quotes"]) {
      const response = await admin.request({ method: "POST", url, payload: {} });
      expect(response.json(), url).toMatchObject({ status: 403, code: "auth.api_key_required" });
    }
  });

  it("answers 403 to a signed-in user whose role lacks the permission, whatever the body", async () => {
    const advisor = await t.signIn("conseiller@alpha.demo");
    const response = await advisor.request({ method: "POST", url: "/api/v1/users", payload: { email: "not an e-mail" } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "auth.forbidden", title: expect.stringContaining("admin:users") });
  });

  it("refuses before reading an unparsable body or an upload", async () => {
    const malformed = await noPermissions.request({ method: "POST", url: "/api/v1/persons", headers: { "content-type": "application/json" }, payload: "{" });
    expect(malformed.json()).toMatchObject({ status: 403, code: "auth.forbidden" });
    const boundary = "----adhesia";
    const upload = await noPermissions.request({
      method: "POST",
      url: "/api/v1/files",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.exe"\r\n\r\nMZ\r\n--${boundary}--\r\n`,
    });
    expect(upload.json()).toMatchObject({ status: 403, code: "auth.forbidden" });
  });

  it("holds on every authenticated route: invalid ids, query and body all answer 403", async () => {
    expect(routes.length).toBeGreaterThan(150);
    const answers: string[] = [];
    for (const route of routes) {
      const name = `${route.method} ${route.path}`;
      if (publicRoutes.has(name) || serviceDecides.has(name)) continue;
      const url = `${route.path.replace(/\{\w+\}/g, "not-an-id")}?page=0&perPage=0&format=pdf`;
      const payload = ["POST", "PUT", "PATCH"].includes(route.method) ? { version: "x" } : undefined;
      const response = await noPermissions.request({ method: route.method as "GET", url, payload });
      if (response.statusCode !== 403 || response.json().code !== "auth.forbidden") answers.push(`${name} → ${response.statusCode} ${response.body.slice(0, 100)}`);
    }
    expect(answers).toEqual([]);
  });
});
