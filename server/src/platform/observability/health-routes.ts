import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/database.js";
import type { AppServer } from "../http/server.js";

/** Liveness and readiness, public: what an orchestrator needs (metrics are apart, in metrics.ts). */
export function registerHealthRoutes(app: AppServer, database: Database): void {
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
}
