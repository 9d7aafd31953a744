import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";
import { tenantIsolationPolicy } from "../db/columns.js";

/** Append-only history of every change: who, when, and each changed field before and after. */
export const auditEntries = pgTable(
  "audit_entries",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().$defaultFn(newId),
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    action: text("action", { enum: ["create", "update", "delete"] }).notNull(),
    changes: jsonb("changes").$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    actorUserId: uuid("actor_user_id"),
    actorApiKeyId: uuid("actor_api_key_id"),
    requestId: text("request_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("audit_entries_entity_idx").on(table.tenantId, table.entity, table.entityId, table.at),
    tenantIsolationPolicy(),
  ],
).enableRLS();
