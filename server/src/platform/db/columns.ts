import { sql } from "drizzle-orm";
import { integer, pgPolicy, timestamp, uuid } from "drizzle-orm/pg-core";
import { newId } from "../ids.js";

/** The role every business query runs as: it owns no table, so row-level security applies to it. */
export const APP_ROLE = "adhesia_app";

/** `current_setting` returns '' once a transaction-local value has been reset, hence the nullif. */
export const currentTenantSql = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** Columns every tenant-owned row carries: the (tenant_id, id) key, who and when, and the optimistic-lock version. */
export function tenantColumns() {
  return {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().$defaultFn(newId),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
    version: integer("version").notNull().default(1),
  };
}

/** The policy that hides every row of another tenant, even from a query that forgot its filter. */
export function tenantIsolationPolicy() {
  return pgPolicy("tenant_isolation", {
    as: "permissive",
    for: "all",
    to: "public",
    using: sql`tenant_id = ${currentTenantSql}`,
    withCheck: sql`tenant_id = ${currentTenantSql}`,
  });
}
