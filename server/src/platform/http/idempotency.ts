import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { readAsTenant, withTenant } from "../db/tenant-transaction.js";
import { Problem } from "./problem.js";
import { idempotencyKeys } from "./schema.js";
import type { AppServer } from "./server.js";

declare module "fastify" {
  interface FastifyRequest {
    idempotency: { key: string; scope: string; requestHash: string } | undefined;
  }
}

const REPLAYED_HEADER = "idempotent-replayed";

/**
 * A POST carrying `Idempotency-Key` is answered once: a repeat with the same key and body gets the
 * stored first answer; the same key with another body is refused. Only successes are stored:
 * a refused request changed nothing and may be retried. Stored per tenant.
 */
export function installIdempotency(app: AppServer, database: Database): void {
  app.decorateRequest("idempotency", undefined);

  app.addHook("preHandler", async (request, reply) => {
    const key = request.headers["idempotency-key"];
    if (request.method !== "POST" || typeof key !== "string" || !request.ctx) return;
    if (key.length < 8 || key.length > 200) {
      throw new Problem(400, "validation.failed", { errors: [{ path: "headers.idempotency-key", code: "validation.invalid" }] });
    }
    const scope = `${request.method} ${request.routeOptions.url ?? request.url}`;
    const requestHash = createHash("sha256").update(JSON.stringify(request.body ?? null)).digest("hex");
    const ctx = request.ctx;
    const [stored] = await readAsTenant(database, ctx, (tx) =>
      tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, ctx.tenantId), eq(idempotencyKeys.key, key), eq(idempotencyKeys.scope, scope))),
    );
    if (stored) {
      if (stored.requestHash !== requestHash) throw new Problem(422, "idempotency.key_reused");
      return reply.status(stored.statusCode).header(REPLAYED_HEADER, "true").send(stored.body);
    }
    request.idempotency = { key, scope, requestHash };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending || !request.ctx || reply.statusCode >= 300 || reply.getHeader(REPLAYED_HEADER)) return payload;
    if (typeof payload !== "string") return payload;
    const ctx = request.ctx;
    await withTenant(database, ctx, (tx) =>
      tx
        .insert(idempotencyKeys)
        .values({ tenantId: ctx.tenantId, key: pending.key, scope: pending.scope, requestHash: pending.requestHash, statusCode: reply.statusCode, body: payload ? JSON.parse(payload) : null })
        .onConflictDoNothing(),
    );
    return payload;
  });
}
