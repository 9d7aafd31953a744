import type { FastifyRequest } from "fastify";
import { requireApiKey, requirePermission, requireSession, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { Problem } from "../../platform/http/problem.js";
import type { AppServer } from "../../platform/http/server.js";
import { localeFromAcceptLanguage } from "../../platform/i18n/locale.js";
import { ApiKeyUsage, principalFromApiKey, principalFromSessionToken, SESSION_COOKIE, type Principal } from "./credentials.js";
import type { CredentialCache } from "./credential-cache.js";
import { sameSecret, sha256 } from "./secrets.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(" ");
  return scheme?.toLowerCase() === "bearer" && token ? token : undefined;
}

async function resolvePrincipal(database: Database, cache: CredentialCache, request: FastifyRequest): Promise<Principal | undefined> {
  const key = bearerToken(request);
  if (key) {
    const keyHash = sha256(key);
    return cache.resolve(`key:${keyHash}`, () => principalFromApiKey(database, keyHash));
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const tokenHash = sha256(token);
  return cache.resolve(`session:${tokenHash}`, () => principalFromSessionToken(database, tokenHash));
}

const isAuthenticated = (url: string, config: { public?: boolean } | undefined): boolean => url.startsWith("/api/v1/") && !config?.public;

/**
 * Every /api/v1 route needs a session or an API key unless it is declared public. A cookie session
 * must also carry its CSRF token on requests that change something; an API key needs none. Then
 * the permission the route declares is checked, before the body is even read: a caller without it
 * gets 403 whatever they sent, never 400 on their fields.
 */
export function installAuthentication(app: AppServer, database: Database, cache: CredentialCache): void {
  const usage = new ApiKeyUsage(database);
  app.addHook("onReady", () => cache.start(database));
  app.addHook("onClose", () => cache.stop());
  // At registration, so that a route which forgets its permission fails at start-up, in every test run.
  app.addHook("onRoute", (route) => {
    if (isAuthenticated(route.url, route.config) && route.config?.permission === undefined) {
      throw new Error(`${String(route.method)} ${route.url}: declare config.permission (null when the service decides)`);
    }
  });
  app.addHook("onRequest", async (request) => {
    if (!isAuthenticated(request.url, request.routeOptions.config)) return;
    const principal = await resolvePrincipal(database, cache, request);
    if (!principal) throw new Problem(401, "auth.unauthenticated", { headers: { "www-authenticate": 'Bearer realm="adhesia"' } });
    if (principal.kind === "session" && !SAFE_METHODS.has(request.method)) {
      const given = request.headers["x-csrf-token"];
      if (typeof given !== "string" || !sameSecret(given, principal.csrfToken)) throw new Problem(403, "auth.csrf_invalid");
    }
    if (principal.kind === "api_key") usage.mark(principal);
    const ctx: RequestContext = {
      tenantId: principal.tenantId,
      userId: principal.kind === "session" ? principal.userId : null,
      apiKeyId: principal.kind === "api_key" ? principal.apiKeyId : null,
      permissions: new Set(principal.permissions),
      locale: localeFromAcceptLanguage(request.headers["accept-language"]),
      requestId: request.id,
      dataScope: principal.dataScope,
    };
    request.ctx = ctx;
    request.log = request.log.child({ tenantId: ctx.tenantId, userId: ctx.userId, apiKeyId: ctx.apiKeyId });
    const { caller, permission } = request.routeOptions.config;
    if (caller === "session") requireSession(ctx);
    if (caller === "api_key") requireApiKey(ctx);
    for (const each of [permission ?? []].flat()) requirePermission(ctx, each);
  });
}
