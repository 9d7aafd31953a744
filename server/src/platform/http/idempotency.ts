import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { RequestContext } from "../auth/context.js";
import type { Database } from "../db/database.js";
import { readAsTenant, withTenant } from "../db/tenant-transaction.js";
import { registerMessages } from "../i18n/messages.js";
import { invalidFields, Problem } from "./problem.js";
import { idempotencyKeys } from "./schema.js";
import { idempotencyKey } from "./schemas.js";
import { fieldErrorsFromZodIssues } from "./validation-errors.js";
import type { AppServer } from "./server.js";

declare module "fastify" {
  interface FastifyRequest {
    idempotency: { key: string; scope: string; requestHash: string } | undefined;
  }
}

const REPLAYED_HEADER = "idempotent-replayed";

registerMessages({
  "idempotency.multipart_unsupported": {
    fr: "Clé d'idempotence non prise en charge pour un envoi de fichier : vérifiez le résultat du premier envoi avant de recommencer",
    en: "Idempotency key not supported on file uploads: check the outcome of the first upload before sending again",
  },
});

/**
 * What a key is scoped to: the caller (an API key or a user: another caller's key is another
 * request, so a stored answer is never handed to whoever guesses its key, nor past their
 * permissions), the method and the concrete path (`POST /api/v1/users/{id}/reset-password` for that
 * very user), not the route template, so the same key on two resources is two requests.
 * The query string is left out of the scope but is part of the request hash: the same key sent
 * again with another query is refused (422) rather than run a second time or answered with the
 * answer to another request.
 */
function idempotencyScope(request: FastifyRequest, ctx: RequestContext): { scope: string; requestHash: string } {
  const caller = ctx.apiKeyId ? `key:${ctx.apiKeyId}` : `user:${ctx.userId ?? ""}`;
  const [path = "", query] = request.url.split("?", 2) as [string, string | undefined];
  const body = JSON.stringify(request.body ?? null);
  // Without a query the hash is the body's alone, as it always was, so stored keys stay valid.
  const requestHash = createHash("sha256").update(query ? `${body}\n?${query}` : body).digest("hex");
  return { scope: `${caller} ${request.method} ${path}`, requestHash };
}

/** The answer as stored for replays: the route's secret fields (shown once) removed. */
function storableBody(payload: string, secretFields: readonly string[] | undefined): unknown {
  const body: unknown = payload ? JSON.parse(payload) : null;
  if (!secretFields?.length || typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const kept: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of secretFields) delete kept[field];
  return kept;
}

/**
 * A POST carrying `Idempotency-Key` is answered once: a repeat with the same key, path and body
 * gets the stored first answer; the same key with another body is refused. Only successes are
 * stored: a refused request changed nothing and may be retried. Stored per tenant and caller. Secrets a route
 * declares in `config.secretFields` are never stored, hence never replayed.
 */
export function installIdempotency(app: AppServer, database: Database): void {
  app.decorateRequest("idempotency", undefined);

  app.addHook("preHandler", async (request, reply) => {
    const key = request.headers["idempotency-key"];
    if (request.method !== "POST" || typeof key !== "string" || !request.ctx) return;
    const checked = idempotencyKey.safeParse(key);
    if (!checked.success) throw invalidFields(fieldErrorsFromZodIssues(checked.error.issues).map((error) => ({ ...error, path: "headers.idempotency-key" })));
    // A multipart body is read by the route after this hook: the request hash could not cover the
    // file, and the same key with another file would replay the first answer. Refused, not ignored.
    if (request.isMultipart()) {
      throw new Problem(400, "validation.failed", { errors: [{ path: "headers.idempotency-key", code: "idempotency.multipart_unsupported" }] });
    }
    const ctx = request.ctx;
    const { scope, requestHash } = idempotencyScope(request, ctx);
    const [stored] = await readAsTenant(database, ctx, (tx) =>
      tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, ctx.tenantId), eq(idempotencyKeys.key, key), eq(idempotencyKeys.scope, scope))),
    );
    if (stored) {
      if (stored.requestHash !== requestHash) throw new Problem(422, "idempotency.key_reused");
      // Sent as text: the route's response schema may require the secret fields the copy lacks.
      return reply
        .status(stored.statusCode)
        .header(REPLAYED_HEADER, "true")
        .type("application/json; charset=utf-8")
        .send(JSON.stringify(stored.body));
    }
    request.idempotency = { key, scope, requestHash };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending || !request.ctx || reply.statusCode >= 300 || reply.getHeader(REPLAYED_HEADER)) return payload;
    if (typeof payload !== "string") return payload;
    const ctx = request.ctx;
    const body = storableBody(payload, request.routeOptions.config.secretFields);
    await withTenant(database, ctx, (tx) =>
      tx
        .insert(idempotencyKeys)
        .values({ tenantId: ctx.tenantId, key: pending.key, scope: pending.scope, requestHash: pending.requestHash, statusCode: reply.statusCode, body })
        .onConflictDoNothing(),
    );
    return payload;
  });
}
