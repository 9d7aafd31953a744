import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

describe("security headers", () => {
  it("tell browsers not to sniff types, frame the app or load other origins' scripts, on every answer", async () => {
    for (const url of ["/health", "/api/v1/me", "/api/openapi.json"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      const policy = String(response.headers["content-security-policy"]);
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toContain("script-src 'self'");
      // An installation on plain HTTP (a LAN, a demo) must keep working.
      expect(policy, url).not.toContain("upgrade-insecure-requests");
    }
  });

  it("let the API documentation run its own page, still on plain HTTP", async () => {
    const page = await t.app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toContain("'unsafe-inline'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("answer health and readiness", async () => {
    expect((await t.app.inject({ method: "GET", url: "/health" })).json()).toEqual({ status: "ok" });
    expect((await t.app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
  });
});
