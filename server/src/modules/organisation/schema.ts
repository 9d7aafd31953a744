import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { newId } from "../../platform/ids.js";
import { markets } from "../../platform/records/assignment.js";
import { users } from "../access/index.js";

/** The mutuals using the platform. Not tenant-scoped itself: it is the list of tenants. */
export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().$defaultFn(newId),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  isDemo: text("is_demo", { enum: ["yes", "no"] }).notNull().default("no"),
  branding: jsonb("branding").$type<{ primaryColor?: string; logoFileId?: string }>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const introducerKinds = ["agency", "head_office", "broker"] as const;
export type IntroducerKind = (typeof introducerKinds)[number];

/** A sales unit prospects are assigned to ("apporteur"): an agency, the head office or a broker. */
export const introducers = pgTable(
  "introducers",
  {
    ...tenantColumns(),
    kind: text("kind", { enum: introducerKinds }).notNull(),
    name: text("name").notNull(),
    code: text("code").notNull(),
    addressLines: text("address_lines").array(),
    postalCode: text("postal_code"),
    city: text("city"),
    phone: text("phone"),
    email: text("email"),
    contactName: text("contact_name"),
    /** A broker's number in the ORIAS register of insurance intermediaries: 8 digits. */
    oriasNumber: text("orias_number"),
    active: boolean("active").notNull().default(true),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("introducers_code_unique").on(table.tenantId, table.code),
    check("introducers_orias_brokers_only", sql`${table.oriasNumber} is null or (${table.kind} = 'broker' and ${table.oriasNumber} ~ '^[0-9]{8}$')`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Which introducer an advisor (a user) worked for, when: the current one has no end. */
export const advisorMemberships = pgTable(
  "advisor_memberships",
  {
    tenantId: uuid("tenant_id").notNull(),
    id: uuid("id").notNull().$defaultFn(newId),
    userId: uuid("user_id").notNull(),
    introducerId: uuid("introducer_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("advisor_memberships_current_unique").on(table.tenantId, table.userId).where(sql`${table.endedAt} is null`),
    index("advisor_memberships_introducer_idx").on(table.tenantId, table.introducerId),
    foreignKey({ columns: [table.tenantId, table.userId], foreignColumns: [users.tenantId, users.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.introducerId], foreignColumns: [introducers.tenantId, introducers.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** A geographic sector: the departments and postal codes it covers (one sector per code, checked on write). */
export const sectors = pgTable(
  "sectors",
  {
    ...tenantColumns(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    departments: text("departments").array().notNull().default(sql`'{}'::text[]`),
    postalCodes: text("postal_codes").array().notNull().default(sql`'{}'::text[]`),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), uniqueIndex("sectors_code_unique").on(table.tenantId, table.code), tenantIsolationPolicy()],
).enableRLS();

/** How a tenant assigns its prospects and derives their market; one row per tenant, defaults until saved. */
export const assignmentSettings = pgTable(
  "assignment_settings",
  {
    tenantId: uuid("tenant_id").notNull().primaryKey(),
    mode: text("mode", { enum: ["manual", "automatic"] }).notNull().default("manual"),
    level: text("level", { enum: ["introducer", "advisor"] }).notNull().default("introducer"),
    companiesInMdpro: boolean("companies_in_mdpro").notNull().default(false),
    /** INSEE headcount band: companies up to this band are MDPRO when companiesInMdpro. */
    mdproMaxHeadcountBand: text("mdpro_max_headcount_band"),
    /** INSEE headcount band: companies from this band are MDE; below it (and not MDPRO), no market. */
    mdeFromHeadcountBand: text("mde_from_headcount_band"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
  },
  () => [tenantIsolationPolicy()],
).enableRLS();

/** One line of the assignment table: (market, postal code or department) → introducer [, advisor]. */
export const assignmentRules = pgTable(
  "assignment_rules",
  {
    ...tenantColumns(),
    market: text("market", { enum: markets }).notNull(),
    postalCode: text("postal_code"),
    department: text("department"),
    introducerId: uuid("introducer_id").notNull(),
    advisorId: uuid("advisor_id"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("assignment_rules_postal_code_unique").on(table.tenantId, table.market, table.postalCode).where(sql`${table.postalCode} is not null`),
    uniqueIndex("assignment_rules_department_unique").on(table.tenantId, table.market, table.department).where(sql`${table.department} is not null`),
    index("assignment_rules_introducer_idx").on(table.tenantId, table.introducerId),
    check("assignment_rules_one_place", sql`(${table.postalCode} is null) <> (${table.department} is null)`),
    foreignKey({ columns: [table.tenantId, table.introducerId], foreignColumns: [introducers.tenantId, introducers.id] }),
    foreignKey({ columns: [table.tenantId, table.advisorId], foreignColumns: [users.tenantId, users.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();
