import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../platform/db/database.js";
import { Problem } from "../../platform/http/problem.js";
import { noContent } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { AuthService } from "./auth-service.js";
import { SESSION_COOKIE } from "./credentials.js";
import { chosenPassword } from "./users-routes.js";

const sessionSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    tenantId: z.uuid(),
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
    locale: z.enum(["fr", "en"]),
    totpEnabled: z.boolean(),
  }),
  tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  csrfToken: z.string(),
});

const apiKeyIdentitySchema = z.object({
  apiKey: z.object({ id: z.uuid() }),
  tenant: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  permissions: z.array(z.string()),
});

export function registerAuthRoutes(app: AppServer, auth: AuthService, database: Database, options: { cookieSecure: boolean; demoLogins: readonly string[] }): void {
  app.post(
    "/api/v1/auth/login",
    {
      config: { public: true },
      schema: {
        tags: ["auth"],
        summary: "Se connecter (ouvre une session par cookie)",
        body: z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(500), totpCode: z.string().regex(/^\d{6}$/).optional() }),
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { token, session, expiresAt } = await auth.login({ ...request.body, ipAddress: request.ip });
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: options.cookieSecure, path: "/", expires: expiresAt });
      return session;
    },
  );

  // The caller's own session and second factor: any signed-in caller (TOTP: sessions only, which the service checks).
  app.post("/api/v1/auth/logout", { config: { permission: null }, schema: { tags: ["auth"], summary: "Se déconnecter", response: { 204: noContent } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await auth.logout(token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  app.get(
    "/api/v1/me",
    { config: { permission: null }, schema: { tags: ["auth"], summary: "L'utilisateur ou la clé d'API courants", response: { 200: z.union([sessionSchema, apiKeyIdentitySchema]) } } },
    async (request) => {
      const ctx = contextOf(request);
      const token = request.cookies[SESSION_COOKIE];
      if (ctx.userId && token) return auth.currentSession(token);
      const [tenant] = await database.rows<{ id: string; slug: string; name: string }>(sql`select id, slug, name from tenants where id = ${ctx.tenantId}`);
      if (!tenant || !ctx.apiKeyId) throw new Problem(401, "auth.unauthenticated");
      return { apiKey: { id: ctx.apiKeyId }, tenant, permissions: [...ctx.permissions].sort() };
    },
  );

  app.post(
    "/api/v1/me/password",
    {
      // Any signed-in user, for their own account.
      config: { permission: null, caller: "session" },
      schema: {
        tags: ["auth"],
        summary: "Changer son mot de passe (ferme ses autres sessions)",
        body: z.strictObject({ currentPassword: z.string().min(1).max(500), newPassword: chosenPassword }),
      },
    },
    async (request, reply) => {
      await auth.changePassword(contextOf(request), { sessionToken: request.cookies[SESSION_COOKIE], ...request.body, ipAddress: request.ip });
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/me/totp/setup",
    { config: { permission: null, caller: "session", secretFields: ["secret", "otpauthUrl"] }, schema: { tags: ["auth"], summary: "Préparer la double authentification (TOTP)", response: { 200: z.object({ secret: z.string(), otpauthUrl: z.string() }) } } },
    async (request) => auth.beginTotp(contextOf(request)),
  );

  for (const [path, enabled] of [["enable", true], ["disable", false]] as const) {
    app.post(
      `/api/v1/me/totp/${path}`,
      { config: { permission: null, caller: "session" }, schema: { tags: ["auth"], summary: enabled ? "Activer le TOTP" : "Désactiver le TOTP", body: z.object({ code: z.string().regex(/^\d{6}$/) }), response: { 204: noContent } } },
      async (request, reply) => {
        await auth.setTotpEnabled(contextOf(request), request.body.code, enabled);
        return reply.status(204).send();
      },
    );
  }

  app.get(
    "/api/v1/auth/demo-logins",
    { config: { public: true }, schema: { tags: ["auth"], summary: "Comptes de démonstration créés par le jeu de démo (instance de démo seulement)", response: { 200: z.object({ items: z.array(z.object({ email: z.string(), role: z.string(), tenant: z.string() })) }) } } },
    async () => {
      const items = await database.rows<{ email: string; role: string; tenant: string }>(sql`
        select u.email, coalesce(min(r.name), '') as role, t.name as tenant
        from users u join tenants t on t.id = u.tenant_id
        left join user_roles ur on ur.tenant_id = u.tenant_id and ur.user_id = u.id
        left join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id
        where t.is_demo = 'yes' and u.active and u.email = any(${sql.param([...options.demoLogins])}::text[]) group by u.email, t.name order by t.name, u.email`);
      if (items.length === 0) throw new Problem(404, "route.not_found");
      return { items };
    },
  );
}
