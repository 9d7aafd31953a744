import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";
import { tenantIsolationPolicy } from "../db/columns.js";

/** The outbox: written in the business transaction, delivered afterwards by the worker, at least once. */
export const domainEvents = pgTable(
  "domain_events",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().$defaultFn(newId),
    type: text("type").notNull(),
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    /** When a worker may (re)try it: pushed forward while one holds it and after each failure. */
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    // By type: events no worker handles yet wait here, and a claim reads only the types it handles.
    index("domain_events_pending_by_type_idx").on(table.type, table.availableAt).where(sql`delivered_at is null`),
    tenantIsolationPolicy(),
  ],
).enableRLS();
