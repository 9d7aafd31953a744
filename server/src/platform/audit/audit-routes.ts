import { z } from "zod";
import type { Database } from "../db/database.js";
import { readAsTenant } from "../db/tenant-transaction.js";
import { pageSchema, sortQuery, unsearchableListQuery } from "../http/list-query.js";
import { contextOf, type AppServer } from "../http/server.js";
import { auditSortable, listAuditEntries } from "./audit-log.js";

const entrySchema = z.object({
  id: z.uuid(),
  entity: z.string(),
  entityId: z.uuid(),
  action: z.enum(["create", "update", "delete"]),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  actorUserId: z.uuid().nullable(),
  actorApiKeyId: z.uuid().nullable(),
  at: z.string(),
});

export function registerAuditRoutes(app: AppServer, database: Database): void {
  app.get(
    "/api/v1/audit",
    {
      config: { permission: "audit:read" },
      schema: {
        tags: ["audit"],
        summary: "Historique des modifications d'une fiche",
        querystring: unsearchableListQuery({ sort: sortQuery(auditSortable), entity: z.string().min(1).max(60), id: z.uuid() }),
        response: { 200: pageSchema(entrySchema) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return readAsTenant(database, ctx, (tx) => listAuditEntries(tx, request.query.entity, request.query.id, request.query));
    },
  );
}
