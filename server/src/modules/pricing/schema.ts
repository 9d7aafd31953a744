import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { formulas, products } from "../catalogue/index.js";
import type { CommissionRule, ContributionGrid, DiscountRule, FeeRule, FormulaOption, TsaRates } from "./engine/index.js";

/**
 * A tariff version of a product, entered net of tax (HT). A quote is priced with the version in
 * force at its effective date: the latest `effective_from` on or before it, and among versions of
 * the same date the highest `number` (a new import supersedes). Versions are never changed.
 */
export const tariffs = pgTable(
  "tariffs",
  {
    ...tenantColumns(),
    productId: uuid("product_id").notNull(),
    number: integer("number").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    ageMethod: text("age_method", { enum: ["exact", "birth_year"] }).notNull(),
    responsibleContract: boolean("responsible_contract").notNull(),
    zones: jsonb("zones").$type<Record<string, string>>().notNull().default({}),
    defaultZone: text("default_zone"),
    fees: jsonb("fees").$type<FeeRule[]>().notNull().default([]),
    discounts: jsonb("discounts").$type<DiscountRule[]>().notNull().default([]),
    commissions: jsonb("commissions").$type<CommissionRule[]>().notNull().default([]),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("tariffs_number_unique").on(table.tenantId, table.productId, table.number),
    foreignKey({ columns: [table.tenantId, table.productId], foreignColumns: [products.tenantId, products.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** The contribution grid of one formula in one tariff version, with its optional modules' grids. */
export const tariffGrids = pgTable(
  "tariff_grids",
  {
    ...tenantColumns(),
    tariffId: uuid("tariff_id").notNull(),
    formulaId: uuid("formula_id").notNull(),
    grid: jsonb("grid").$type<ContributionGrid>().notNull(),
    options: jsonb("options").$type<FormulaOption[]>().notNull().default([]),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("tariff_grids_formula_unique").on(table.tenantId, table.tariffId, table.formulaId),
    foreignKey({ columns: [table.tenantId, table.tariffId], foreignColumns: [tariffs.tenantId, tariffs.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.formulaId], foreignColumns: [formulas.tenantId, formulas.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const parameterCodes = ["pmss", "tsa"] as const;
export type ParameterCode = (typeof parameterCodes)[number];

/**
 * Dated legal parameters (PMSS in cents, TSA rates as percent texts), installed for every tenant
 * from pricing/legal-parameters.ts and kept as data so that a new rate is a row, not a release.
 */
export const pricingParameters = pgTable(
  "pricing_parameters",
  {
    ...tenantColumns(),
    code: text("code", { enum: parameterCodes }).notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    value: jsonb("value").$type<number | TsaRates>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("pricing_parameters_unique").on(table.tenantId, table.code, table.validFrom),
    check("pricing_parameters_code", sql`${table.code} in ('pmss', 'tsa')`),
    tenantIsolationPolicy(),
  ],
).enableRLS();
