import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { AppServer } from "../http/server.js";
import { registerMessages } from "../i18n/messages.js";
import { Problem } from "../http/problem.js";

registerMessages({
  "metrics.local_only": {
    fr: "Les métriques ne sont servies qu'en local tant que METRICS_TOKEN n'est pas configuré",
    en: "Metrics are served to local clients only while METRICS_TOKEN is not configured",
  },
});

export interface MetricsOptions {
  /** Bearer token a scraper must send; without one, only loopback clients are answered. */
  token: string | undefined;
}

/**
 * Prometheus metrics of the HTTP layer and the process. Route names and request counts tell an
 * outsider what the installation serves, so `/metrics` is not public: it needs the configured
 * token or, when none is, a client on this machine.
 */
export function registerMetrics(app: AppServer, options: MetricsOptions): void {
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

  app.get("/metrics", { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    checkMetricsAccess(request, options.token);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

function checkMetricsAccess(request: FastifyRequest, token: string | undefined): void {
  if (token === undefined) {
    if (!isLocalRequest(request)) throw new Problem(403, "metrics.local_only");
    return;
  }
  const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (presented === undefined || !sameToken(presented, token)) {
    throw new Problem(401, "auth.unauthenticated", { headers: { "www-authenticate": 'Bearer realm="adhesia-metrics"' } });
  }
}

/** Digests have one length whatever was sent, so the comparison leaks neither content nor length. */
function sameToken(presented: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * A loopback peer that no proxy stands in front of: a reverse proxy on the same host connects from
 * 127.0.0.1 on behalf of anyone, and says so with a forwarding header.
 */
function isLocalRequest(request: FastifyRequest): boolean {
  const proxied = request.headers.forwarded !== undefined || request.headers["x-forwarded-for"] !== undefined;
  const peer = request.socket.remoteAddress ?? "";
  const loopback = peer === "::1" || /^(::ffff:)?127\./.test(peer);
  return loopback && !proxied;
}
