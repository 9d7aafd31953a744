import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";

export const referenceTables = pgTable(
  "reference_tables",
  {
    ...tenantColumns(),
    code: text("code").notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    system: boolean("system").notNull().default(true),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("reference_tables_code_unique").on(table.tenantId, table.code),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const referenceValues = pgTable(
  "reference_values",
  {
    ...tenantColumns(),
    tableCode: text("table_code").notNull(),
    code: text("code").notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("reference_values_code_unique").on(table.tenantId, table.tableCode, table.code),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const customFieldTypes = ["text", "number", "date", "boolean", "list"] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export const customFields = pgTable(
  "custom_fields",
  {
    ...tenantColumns(),
    entity: text("entity").notNull(),
    key: text("key").notNull(),
    labelFr: text("label_fr").notNull(),
    labelEn: text("label_en").notNull(),
    type: text("type", { enum: customFieldTypes }).notNull(),
    listValues: jsonb("list_values").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    required: boolean("required").notNull().default(false),
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("custom_fields_key_unique").on(table.tenantId, table.entity, table.key),
    tenantIsolationPolicy(),
  ],
).enableRLS();
