import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer, type AppServer } from "../http/server.js";
import { registerMetrics } from "./metrics.js";

const token = "scraper-token-0123456789";
let app: AppServer | undefined;
afterEach(async () => app?.close());

async function metricsServer(configuredToken: string | undefined): Promise<AppServer> {
  app = await createHttpServer({ logLevel: "silent", maxUploadBytes: 1024 });
  registerMetrics(app, { token: configuredToken });
  await app.ready();
  return app;
}

describe("GET /metrics", () => {
  it("answers a loopback client when no token is configured, and nobody else", async () => {
    const server = await metricsServer(undefined);
    for (const remoteAddress of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      const local = await server.inject({ method: "GET", url: "/metrics", remoteAddress });
      expect(local.statusCode, remoteAddress).toBe(200);
      expect(local.body).toContain("adhesia_http_requests_total");
    }
    const remote = await server.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.7" });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().code).toBe("metrics.local_only");
    expect(remote.body).not.toContain("adhesia_http_requests_total");
    // A reverse proxy on the same host connects from loopback on behalf of anyone.
    const proxied = await server.inject({ method: "GET", url: "/metrics", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(proxied.statusCode).toBe(403);
  });

  it("needs the configured bearer token, even from loopback", async () => {
    const server = await metricsServer(token);
    const scraped = await server.inject({ method: "GET", url: "/metrics", remoteAddress: "203.0.113.7", headers: { authorization: `Bearer ${token}` } });
    expect(scraped.statusCode).toBe(200);
    expect(scraped.body).toContain("adhesia_http_request_duration_seconds");
    for (const authorization of [undefined, "Bearer wrong-token", `Bearer ${token}x`, token]) {
      const refused = await server.inject({ method: "GET", url: "/metrics", remoteAddress: "127.0.0.1", headers: authorization ? { authorization } : {} });
      expect(refused.statusCode, authorization).toBe(401);
      expect(refused.json().code).toBe("auth.unauthenticated");
      expect(refused.headers["www-authenticate"]).toContain("Bearer");
    }
  });
});
