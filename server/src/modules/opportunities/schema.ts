import { sql } from "drizzle-orm";
import { bigint, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { companies } from "../companies/index.js";
import { formulas, products } from "../catalogue/index.js";
import { origins } from "../origins/index.js";
import { attachmentsTable, coverageDomains, persons } from "../persons/index.js";
import { opportunityStates } from "./opportunity-states.js";
import { quoteKinds, quoteStates } from "./quote-states.js";

/** Named so that a violation can be reported on the field that refers to nothing. */
export const opportunityForeignKeys = { origin: "opportunities_origin_fk", person: "opportunities_person_fk", company: "opportunities_company_fk" } as const;

/**
 * An opportunity ("opportunité"): a need detected in one business domain of a person or a company.
 * Its state follows its quotes (pipeline.ts); `introducer_id`/`advisor_id` scope it like a record.
 */
export const opportunities = pgTable(
  "opportunities",
  {
    ...tenantColumns(),
    personId: uuid("person_id"),
    companyId: uuid("company_id"),
    domain: text("domain", { enum: coverageDomains }).notNull(),
    /** Code of the tenant's product_families reference table (the catalogue's ranges use it too). */
    productFamily: text("product_family"),
    originId: uuid("origin_id").notNull(),
    wishedStartDate: date("wished_start_date", { mode: "string" }),
    /** Probability of transformation, in percent. */
    probability: smallint("probability"),
    /** The interaction it came from (interactions module); no foreign key across modules' lifetimes. */
    interactionId: uuid("interaction_id"),
    description: text("description"),
    introducerId: uuid("introducer_id"),
    advisorId: uuid("advisor_id"),
    expectedAnnualPremiumCents: bigint("expected_annual_premium_cents", { mode: "number" }),
    state: text("state", { enum: opportunityStates }).notNull().default("need_detected"),
    /** Why it was closed by hand (lost, out of target). */
    closedReason: text("closed_reason"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({ name: opportunityForeignKeys.origin, columns: [table.tenantId, table.originId], foreignColumns: [origins.tenantId, origins.id] }),
    foreignKey({ name: opportunityForeignKeys.person, columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }),
    foreignKey({ name: opportunityForeignKeys.company, columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }),
    check("opportunities_one_holder", sql`(${table.personId} is null) <> (${table.companyId} is null)`),
    check("opportunities_probability_percent", sql`${table.probability} is null or ${table.probability} between 0 and 100`),
    check("opportunities_premium_not_negative", sql`${table.expectedAnnualPremiumCents} is null or ${table.expectedAnnualPremiumCents} >= 0`),
    index("opportunities_person_idx").on(table.tenantId, table.personId),
    index("opportunities_company_idx").on(table.tenantId, table.companyId),
    index("opportunities_state_idx").on(table.tenantId, table.state),
    index("opportunities_introducer_idx").on(table.tenantId, table.introducerId),
    index("opportunities_advisor_idx").on(table.tenantId, table.advisorId),
    index("opportunities_origin_idx").on(table.tenantId, table.originId),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Every change of an opportunity's state: who, when, from, to, why (a quote's change, or a hand close). */
export const opportunityStateChanges = pgTable(
  "opportunity_state_changes",
  {
    ...tenantColumns(),
    opportunityId: uuid("opportunity_id").notNull(),
    fromState: text("from_state", { enum: opportunityStates }),
    toState: text("to_state", { enum: opportunityStates }).notNull(),
    /** Why, in the words of who changed it (a hand close, a quote's change); the quote's move is kept apart below. */
    reason: text("reason"),
    /** The quote whose change moved it, if any, and that change as codes (labels are rendered in the reader's language). */
    quoteId: uuid("quote_id"),
    quoteFromState: text("quote_from_state", { enum: quoteStates }),
    quoteToState: text("quote_to_state", { enum: quoteStates }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("opportunity_state_changes_opportunity_idx").on(table.tenantId, table.opportunityId, table.createdAt),
    foreignKey({ columns: [table.tenantId, table.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** A quote ("devis") of an opportunity: priced in Adhesia, typed from an external rater, or pushed by a quoting system. */
export const quotes = pgTable(
  "quotes",
  {
    ...tenantColumns(),
    opportunityId: uuid("opportunity_id").notNull(),
    kind: text("kind", { enum: quoteKinds }).notNull(),
    number: text("number").notNull(),
    productId: uuid("product_id"),
    formulaId: uuid("formula_id"),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    /** Given by the engine or the sender, else the instalment of the annual premium (quotes-service.ts). */
    monthlyGrossCents: bigint("monthly_gross_cents", { mode: "number" }).notNull(),
    annualGrossCents: bigint("annual_gross_cents", { mode: "number" }).notNull(),
    state: text("state", { enum: quoteStates }).notNull().default("to_issue"),
    stateReason: text("state_reason"),
    /** Priced quotes: the engine's answer as it was (totals, explanation lines) and the tariff version. */
    pricing: jsonb("pricing"),
    tariffVersion: text("tariff_version"),
    /** Pushed quotes: the sender's reference, unique in the tenant. */
    externalReference: text("external_reference"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("quotes_number_unique").on(table.tenantId, table.number),
    uniqueIndex("quotes_external_reference_unique").on(table.tenantId, table.externalReference),
    index("quotes_opportunity_idx").on(table.tenantId, table.opportunityId),
    index("quotes_expiry_idx").on(table.validUntil, table.state),
    foreignKey({ columns: [table.tenantId, table.opportunityId], foreignColumns: [opportunities.tenantId, opportunities.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.productId], foreignColumns: [products.tenantId, products.id] }),
    foreignKey({ columns: [table.tenantId, table.formulaId], foreignColumns: [formulas.tenantId, formulas.id] }),
    check("quotes_amounts_not_negative", sql`${table.annualGrossCents} >= 0 and ${table.monthlyGrossCents} >= 0`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const beneficiaryRoles = ["main_insured", "spouse", "child", "dependent"] as const;

/** Who a quote covers: a person of the base (the household) or only a role and a birth date. */
export const quoteBeneficiaries = pgTable(
  "quote_beneficiaries",
  {
    ...tenantColumns(),
    quoteId: uuid("quote_id").notNull(),
    position: integer("position").notNull(),
    role: text("role", { enum: beneficiaryRoles }).notNull(),
    personId: uuid("person_id"),
    lastName: text("last_name"),
    firstName: text("first_name"),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("quote_beneficiaries_position_unique").on(table.tenantId, table.quoteId, table.position),
    index("quote_beneficiaries_person_idx").on(table.tenantId, table.personId),
    foreignKey({ columns: [table.tenantId, table.quoteId], foreignColumns: [quotes.tenantId, quotes.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Files of a quote: the PDF Adhesia generated, or the one of the external rater. */
export const quoteAttachments = attachmentsTable("quote_attachments", { column: "quote_id", index: "quote_attachments_quote_idx", table: quotes });

/** The last quote number given per tenant and year, for the numbers Adhesia generates. */
export const quoteNumberCounters = pgTable(
  "quote_number_counters",
  {
    tenantId: uuid("tenant_id").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.year] }), tenantIsolationPolicy()],
).enableRLS();
