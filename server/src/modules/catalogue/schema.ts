import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";

/** Activity domain of a range (slide "La gamme de produits"): santé, prévoyance, épargne-retraite, IARD, services. */
export const domains = ["health", "protection", "savings_retirement", "property_casualty", "services"] as const;
export type Domain = (typeof domains)[number];

/** individual / group; a `mixed` range leaves its products to say which. */
export const contractTypes = ["individual", "group", "mixed"] as const;
export type ContractType = (typeof contractTypes)[number];

/** complémentaire, sur-complémentaire, économique. */
export const rangeTypes = ["base", "top_up", "budget"] as const;
export type RangeType = (typeof rangeTypes)[number];

/**
 * A range ("gamme"): products sharing the same guarantees, sold with different commercial set-ups.
 * Product family and designers are codes of the tenant's reference tables.
 */
export const ranges = pgTable(
  "ranges",
  {
    ...tenantColumns(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    domain: text("domain", { enum: domains }).notNull(),
    productFamily: text("product_family"),
    contractType: text("contract_type", { enum: contractTypes }).notNull(),
    rangeType: text("range_type", { enum: rangeTypes }).notNull(),
    designers: text("designers").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), uniqueIndex("ranges_code_unique").on(table.tenantId, table.code), tenantIsolationPolicy()],
).enableRLS();

/** One covered item of a range (hospital stay, glasses…), grouped by coverage module (a reference table code). */
export const guarantees = pgTable(
  "guarantees",
  {
    ...tenantColumns(),
    rangeId: uuid("range_id").notNull(),
    coverageModule: text("coverage_module").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("guarantees_code_unique").on(table.tenantId, table.rangeId, table.code),
    foreignKey({ columns: [table.tenantId, table.rangeId], foreignColumns: [ranges.tenantId, ranges.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/**
 * A commercial product: one range declined for a sales axis (network, channels, distribution mode
 * and type), with its insurers and managers (reference table codes) and its sale dates.
 */
export const products = pgTable(
  "products",
  {
    ...tenantColumns(),
    rangeId: uuid("range_id").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    contractType: text("contract_type", { enum: ["individual", "group"] }).notNull(),
    insurers: text("insurers").array().notNull().default(sql`'{}'::text[]`),
    managers: text("managers").array().notNull().default(sql`'{}'::text[]`),
    network: text("network"),
    channels: text("channels").array().notNull().default(sql`'{}'::text[]`),
    distributionMode: text("distribution_mode"),
    distributionType: text("distribution_type"),
    saleStart: date("sale_start", { mode: "string" }),
    saleEnd: date("sale_end", { mode: "string" }),
    /** Subscribing makes the person a member ("adhérent"): read by the life cycle. */
    grantsMembership: boolean("grants_membership").notNull().default(true),
    active: boolean("active").notNull().default(true),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("products_code_unique").on(table.tenantId, table.code),
    foreignKey({ columns: [table.tenantId, table.rangeId], foreignColumns: [ranges.tenantId, ranges.id] }),
    check("products_sale_dates_ordered", sql`${table.saleEnd} is null or ${table.saleStart} is null or ${table.saleEnd} >= ${table.saleStart}`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export interface FormulaOptionModule {
  code: string;
  label: string;
}

/**
 * A formula (pack, level) of a product: the level of cover of each guarantee of the range
 * ("150 % BR", "300 € / an"), a coverage level (1–5) per coverage module to match needs later,
 * and the optional modules a modular formula offers (priced by the tariff).
 */
export const formulas = pgTable(
  "formulas",
  {
    ...tenantColumns(),
    productId: uuid("product_id").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    guaranteeLevels: jsonb("guarantee_levels").$type<Record<string, string>>().notNull().default({}),
    coverageLevels: jsonb("coverage_levels").$type<Record<string, number>>().notNull().default({}),
    options: jsonb("options").$type<FormulaOptionModule[]>().notNull().default([]),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("formulas_code_unique").on(table.tenantId, table.productId, table.code),
    foreignKey({ columns: [table.tenantId, table.productId], foreignColumns: [products.tenantId, products.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();
