import { sql } from "drizzle-orm";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { z } from "zod";
import type { Database } from "../db/database.js";
import type { AppServer } from "../http/server.js";

/** Liveness, readiness and Prometheus metrics: what an orchestrator and a monitoring stack need. */
export function registerHealthRoutes(app: AppServer, database: Database): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "adhesia_" });
  const requests = new Counter({ name: "adhesia_http_requests_total", help: "HTTP requests", labelNames: ["method", "route", "status"], registers: [registry] });
  const durations = new Histogram({
    name: "adhesia_http_request_duration_seconds",
    help: "HTTP request duration",
    labelNames: ["method", "route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    requests.inc({ method: request.method, route, status: reply.statusCode });
    durations.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  const hidden = { hide: true };
  app.get("/health", { config: { public: true }, schema: { ...hidden, response: { 200: z.object({ status: z.literal("ok") }) } } }, async () => ({ status: "ok" as const }));
  app.get("/ready", { config: { public: true }, schema: hidden }, async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: "ready" };
    } catch {
      return reply.status(503).send({ status: "unavailable" });
    }
  });
  app.get("/metrics", { config: { public: true }, schema: hidden }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
}
