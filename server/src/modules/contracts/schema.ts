import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { formulas, products } from "../catalogue/index.js";
import { companies } from "../companies/index.js";
import { introducers } from "../organisation/index.js";
import { coverageDomains, persons } from "../persons/index.js";

export const contractStatuses = ["active", "suspended", "terminated"] as const;
export type ContractStatus = (typeof contractStatuses)[number];

export const beneficiaryRoles = ["main_insured", "spouse", "child", "dependent"] as const;
export type BeneficiaryRole = (typeof beneficiaryRoles)[number];

export const guaranteeKinds = ["guarantee", "option"] as const;

/** Named so that a violation can be reported on the field that refers to nothing. */
export const contractForeignKeys = { holderPerson: "contracts_holder_person_fk", holderCompany: "contracts_holder_company_fk" } as const;

/**
 * A contract managed in a back office, as the CRM receives it (docs/domain/contracts.md). Upserted by
 * (source system, number); `content_hash` is the hash of the record last received, so that a
 * replayed line is recognised as unchanged without comparing every field and row.
 */
export const contracts = pgTable(
  "contracts",
  {
    ...tenantColumns(),
    sourceSystem: text("source_system").notNull(),
    number: text("number").notNull(),
    holderPersonId: uuid("holder_person_id"),
    holderCompanyId: uuid("holder_company_id"),
    domain: text("domain", { enum: coverageDomains }).notNull(),
    /** From the catalogue when the product (and formula) codes are known there. */
    productId: uuid("product_id"),
    formulaId: uuid("formula_id"),
    /** As sent: the codes, and the label of a partner's product the catalogue does not hold. */
    productCode: text("product_code"),
    formulaCode: text("formula_code"),
    productLabel: text("product_label"),
    grantsMembership: boolean("grants_membership").notNull(),
    status: text("status", { enum: contractStatuses }).notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    terminationDate: date("termination_date", { mode: "string" }),
    terminationReason: text("termination_reason"),
    premiumAnnualCents: bigint("premium_annual_cents", { mode: "number" }),
    introducerId: uuid("introducer_id"),
    /** The quote it came from (opportunities module), by its number as the back office sends it. */
    quoteNumber: text("quote_number"),
    quoteId: uuid("quote_id"),
    contentHash: text("content_hash").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("contracts_number_unique").on(table.tenantId, table.sourceSystem, table.number),
    index("contracts_holder_person_idx").on(table.tenantId, table.holderPersonId),
    index("contracts_holder_company_idx").on(table.tenantId, table.holderCompanyId),
    index("contracts_status_idx").on(table.tenantId, table.status, table.domain),
    foreignKey({ name: contractForeignKeys.holderPerson, columns: [table.tenantId, table.holderPersonId], foreignColumns: [persons.tenantId, persons.id] }),
    foreignKey({ name: contractForeignKeys.holderCompany, columns: [table.tenantId, table.holderCompanyId], foreignColumns: [companies.tenantId, companies.id] }),
    foreignKey({ columns: [table.tenantId, table.productId], foreignColumns: [products.tenantId, products.id] }),
    foreignKey({ columns: [table.tenantId, table.formulaId], foreignColumns: [formulas.tenantId, formulas.id] }),
    foreignKey({ columns: [table.tenantId, table.introducerId], foreignColumns: [introducers.tenantId, introducers.id] }),
    check("contracts_one_holder", sql`(${table.holderPersonId} is null) <> (${table.holderCompanyId} is null)`),
    check("contracts_premium_not_negative", sql`${table.premiumAnnualCents} is null or ${table.premiumAnnualCents} >= 0`),
    check("contracts_end_after_start", sql`${table.endDate} is null or ${table.endDate} >= ${table.startDate}`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Who a contract covers, with their role and dates; replaced as a whole when a newer version of the contract arrives. */
export const contractBeneficiaries = pgTable(
  "contract_beneficiaries",
  {
    ...tenantColumns(),
    contractId: uuid("contract_id").notNull(),
    personId: uuid("person_id").notNull(),
    role: text("role", { enum: beneficiaryRoles }).notNull(),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("contract_beneficiaries_position_unique").on(table.tenantId, table.contractId, table.position),
    index("contract_beneficiaries_person_idx").on(table.tenantId, table.personId),
    foreignKey({ columns: [table.tenantId, table.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    foreignKey({ name: "contract_beneficiaries_person_fk", columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** The guarantees and options subscribed, as the back office names them. */
export const contractGuarantees = pgTable(
  "contract_guarantees",
  {
    ...tenantColumns(),
    contractId: uuid("contract_id").notNull(),
    kind: text("kind", { enum: guaranteeKinds }).notNull(),
    code: text("code").notNull(),
    label: text("label"),
    premiumAnnualCents: bigint("premium_annual_cents", { mode: "number" }),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("contract_guarantees_position_unique").on(table.tenantId, table.contractId, table.position),
    foreignKey({ columns: [table.tenantId, table.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const importBatchKinds = ["feed", "intake"] as const;
export type ImportBatchKind = (typeof importBatchKinds)[number];
export const importBatchChannels = ["upload", "cli"] as const;
export const importBatchStatuses = ["previewed", "confirmed"] as const;

/**
 * One run of the daily feed or of the 3-file intake ("sas d'entrée"): its files and, once
 * confirmed, the job that imports them (state, counters and error file are the job's). An intake is
 * first `previewed` (the dry run), then `confirmed`.
 */
export const contractImportBatches = pgTable(
  "contract_import_batches",
  {
    ...tenantColumns(),
    kind: text("kind", { enum: importBatchKinds }).notNull(),
    channel: text("channel", { enum: importBatchChannels }).notNull(),
    status: text("status", { enum: importBatchStatuses }).notNull(),
    /** The stored files by role: `feed`, or `holders`, `contracts`, `beneficiaries`. */
    files: jsonb("files").$type<Record<string, { fileId: string; name: string }>>().notNull(),
    /** The dry run's counts (created, updated, unchanged, rejected). */
    preview: jsonb("preview").$type<Record<string, number>>(),
    jobRunId: uuid("job_run_id"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    /** The API key that sent the run, when a back-office system did (then `createdBy` is null). */
    createdByApiKeyId: uuid("created_by_api_key_id"),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index("contract_import_batches_created_idx").on(table.tenantId, table.createdAt), tenantIsolationPolicy()],
).enableRLS();
