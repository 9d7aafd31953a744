import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, foreignKey, index, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { assignmentColumns } from "../../platform/records/assignment.js";
import { origins } from "../origins/index.js";
import { attachmentsTable, competitorCoveragesTable, coverageDomains, natures, persons, postalAddressColumns } from "../persons/index.js";

/** Named so that a violation can be reported on the field that refers to nothing. */
export const companyForeignKeys = {
  origin: "companies_origin_fk",
  mainContact: "companies_main_contact_fk",
  prescriberPerson: "companies_prescriber_person_fk",
  prescriberCompany: "companies_prescriber_company_fk",
  siteContact: "company_sites_contact_person_fk",
} as const;

/** A legal person ("personne morale", "entreprise"): a prospect or client of the enterprise and professional markets. */
export const companies = pgTable(
  "companies",
  {
    ...tenantColumns(),
    name: text("name").notNull(),
    /** Code of the tenant's `legal_forms` reference table. */
    legalForm: text("legal_form"),
    /** 9 digits, Luhn-checked; may be absent for a company being created or an exempt legal form (docs/domain/companies.md). */
    siren: text("siren"),
    /** The head office's SIRET: 14 digits, starting with the SIREN. */
    siret: text("siret"),
    inCreation: boolean("in_creation").notNull().default(false),
    /** INSEE headcount band code ("tranche d'effectif"): "NN", "00", "01"… "53". */
    headcountBand: text("headcount_band"),
    /** NAF rév. 2 sous-classe (level 5), e.g. "86.21Z"; its division (level 2) is the first two digits. */
    nafCode: text("naf_code"),
    /** Convention collective, 4 digits zero-padded: "0016", "1486". */
    idcc: text("idcc"),
    /** Haut degré de solidarité: the share of group health contributions that funds solidarity benefits. */
    hdsEnabled: boolean("hds_enabled").notNull().default(false),
    /** Percentage, 0 to 100 with two decimals; read back as a string ("1.50"). */
    hdsRate: numeric("hds_rate", { precision: 5, scale: 2 }),
    originId: uuid("origin_id").notNull(),
    mainContactId: uuid("main_contact_id"),
    /** Lower-cased. */
    email: text("email"),
    /** E.164. */
    phone: text("phone"),
    website: text("website"),
    turnoverCents: bigint("turnover_cents", { mode: "number" }),
    /** The company's own activity code or wording, free text (the NAF code is `nafCode`). */
    activityCode: text("activity_code"),
    balanceSheetDate: date("balance_sheet_date", { mode: "string" }),
    endOfActivityDate: date("end_of_activity_date", { mode: "string" }),
    nature: text("nature", { enum: natures }).notNull().default("suspect"),
    /** Equipment flags ("indicateurs d'équipement"): the domains of its active contracts, kept by the contracts module. */
    coverageFlags: text("coverage_flags", { enum: coverageDomains }).array().notNull().default(sql`'{}'::text[]`),
    pep: boolean("pep").notNull().default(false),
    assetFreeze: boolean("asset_freeze").notNull().default(false),
    prescriberPersonId: uuid("prescriber_person_id"),
    prescriberCompanyId: uuid("prescriber_company_id"),
    importance: text("importance"),
    markers: text("markers").array().notNull().default(sql`'{}'::text[]`),
    customFields: jsonb("custom_fields").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    /** The name as searched: accents, case, hyphens and apostrophes removed (persons' searchableName). */
    searchName: text("search_name").notNull(),
    ...assignmentColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({ name: companyForeignKeys.origin, columns: [table.tenantId, table.originId], foreignColumns: [origins.tenantId, origins.id] }),
    foreignKey({ name: companyForeignKeys.mainContact, columns: [table.tenantId, table.mainContactId], foreignColumns: [persons.tenantId, persons.id] }),
    foreignKey({ name: companyForeignKeys.prescriberPerson, columns: [table.tenantId, table.prescriberPersonId], foreignColumns: [persons.tenantId, persons.id] }),
    foreignKey({ name: companyForeignKeys.prescriberCompany, columns: [table.tenantId, table.prescriberCompanyId], foreignColumns: [table.tenantId, table.id] }),
    // Not unique: two records may share a SIREN when a user declares them distinct (docs/domain/dedup.md);
    // text_pattern_ops: the same index answers equality and the prefix searches of the search box.
    index("companies_siren_idx").on(table.tenantId, table.siren.op("text_pattern_ops")),
    index("companies_siret_idx").on(table.tenantId, table.siret.op("text_pattern_ops")),
    index("companies_search_name_trgm").using("gin", table.searchName.op("gin_trgm_ops")),
    // Names that start with the typed text, in byte order: a broad search's first page and capped count.
    index("companies_search_name_prefix_idx").on(table.tenantId, table.searchName.op("text_pattern_ops")),
    index("companies_email_idx").on(table.tenantId, table.email.op("text_pattern_ops")),
    index("companies_phone_idx").on(table.tenantId, table.phone.op("text_pattern_ops")),
    index("companies_naf_idx").on(table.tenantId, table.nafCode.op("text_pattern_ops")),
    index("companies_origin_idx").on(table.tenantId, table.originId),
    index("companies_main_contact_idx").on(table.tenantId, table.mainContactId),
    index("companies_markers_idx").using("gin", table.markers),
    index("companies_introducer_idx").on(table.tenantId, table.introducerId),
    index("companies_advisor_idx").on(table.tenantId, table.advisorId),
    // A list's ids and sort keys without reading the rows (as persons_list_keys_idx).
    index("companies_list_keys_idx").on(table.tenantId, table.id, table.name, table.searchName),
    check("companies_hds_rate_range", sql`${table.hdsRate} is null or (${table.hdsRate} >= 0 and ${table.hdsRate} <= 100)`),
    check("companies_turnover_not_negative", sql`${table.turnoverCents} is null or ${table.turnoverCents} >= 0`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const companyAddressKinds = ["head_office", "billing", "other"] as const;
export type CompanyAddressKind = (typeof companyAddressKinds)[number];

/** One address of a company per kind, as typed and as normalised (RNVP, NF Z10-011). */
export const companyAddresses = pgTable(
  "company_addresses",
  {
    ...tenantColumns(),
    companyId: uuid("company_id").notNull(),
    kind: text("kind", { enum: companyAddressKinds }).notNull(),
    ...postalAddressColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("company_addresses_kind_unique").on(table.tenantId, table.companyId, table.kind),
    // With the company's id: a postal-code search reads only the index.
    index("company_addresses_postal_code_idx").on(table.tenantId, table.postalCode, table.companyId),
    foreignKey({ columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const companyRelationTypes = ["subsidiary_of", "parent_of", "partner_of", "supplier_of", "client_of", "other"] as const;
export type CompanyRelationType = (typeof companyRelationTypes)[number];

/** Ties between two companies (group, partners, trade); stored once, shown with its inverse on the other record. */
export const companyRelations = pgTable(
  "company_relations",
  {
    ...tenantColumns(),
    companyId: uuid("company_id").notNull(),
    type: text("type", { enum: companyRelationTypes }).notNull(),
    relatedCompanyId: uuid("related_company_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("company_relations_unique").on(table.tenantId, table.companyId, table.type, table.relatedCompanyId),
    index("company_relations_related_idx").on(table.tenantId, table.relatedCompanyId),
    foreignKey({ columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.relatedCompanyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    check("company_relations_not_self", sql`${table.companyId} <> ${table.relatedCompanyId}`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Files kept on a company's record (Kbis, statutes, signed mandate…); same shape as persons' attachments. */
export const companyAttachments = attachmentsTable("company_attachments", { column: "company_id", index: "company_attachments_company_idx", table: companies });

/** Which attachments are demography files ("onglet Démographie"): each tenant's own spreadsheet form, kept as uploaded. */
export const companyDemographies = pgTable(
  "company_demographies",
  {
    ...tenantColumns(),
    companyId: uuid("company_id").notNull(),
    attachmentId: uuid("attachment_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("company_demographies_company_idx").on(table.tenantId, table.companyId, table.createdAt),
    uniqueIndex("company_demographies_attachment_unique").on(table.tenantId, table.attachmentId),
    foreignKey({ columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.attachmentId], foreignColumns: [companyAttachments.tenantId, companyAttachments.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const companyPersonRoles = ["employee", "officer", "contact", "accountant", "other"] as const;
export type CompanyPersonRole = (typeof companyPersonRoles)[number];

/** The persons tab: who works for or speaks for the company. A person may belong to several companies. */
export const companyPersons = pgTable(
  "company_persons",
  {
    ...tenantColumns(),
    companyId: uuid("company_id").notNull(),
    personId: uuid("person_id").notNull(),
    role: text("role", { enum: companyPersonRoles }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("company_persons_unique").on(table.tenantId, table.companyId, table.personId, table.role),
    index("company_persons_person_idx").on(table.tenantId, table.personId),
    foreignKey({ columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Sites and departments of a company ("Sites/Services"), each with its address, phone and contact person. */
export const companySites = pgTable(
  "company_sites",
  {
    ...tenantColumns(),
    companyId: uuid("company_id").notNull(),
    name: text("name").notNull(),
    /** The establishment's SIRET, when the site is one. */
    siret: text("siret"),
    ...postalAddressColumns(),
    /** E.164. */
    phone: text("phone"),
    contactPersonId: uuid("contact_person_id"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("company_sites_company_idx").on(table.tenantId, table.companyId),
    index("company_sites_contact_idx").on(table.tenantId, table.contactPersonId),
    foreignKey({ columns: [table.tenantId, table.companyId], foreignColumns: [companies.tenantId, companies.id] }).onDelete("cascade"),
    foreignKey({ name: companyForeignKeys.siteContact, columns: [table.tenantId, table.contactPersonId], foreignColumns: [persons.tenantId, persons.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Insurance the company holds elsewhere; same shape and domains as persons'. */
export const companyCompetitorCoverages = competitorCoveragesTable("company_competitor_coverages", { column: "company_id", index: "company_competitor_coverages_company_idx", table: companies });
