import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";
import { assignmentColumns } from "../../platform/records/assignment.js";
import { storedFiles } from "../../platform/files/schema.js";
import { origins } from "../origins/index.js";

export const personCategories = ["individual", "professional"] as const;
export type PersonCategory = (typeof personCategories)[number];
export const civilities = ["mr", "mrs"] as const;
export type Civility = (typeof civilities)[number];
/** Life-cycle stage, derived from what the person holds (opportunities, contracts); never written by a client. */
export const natures = ["suspect", "prospect", "member", "client"] as const;
export type Nature = (typeof natures)[number];
/** Business domains ("domaines d'activité"): of competitor cover, opportunities, contracts and equipment flags. */
export const coverageDomains = ["health", "protection", "savings_retirement", "property_casualty", "services"] as const;
export type CoverageDomain = (typeof coverageDomains)[number];

/** Named so that a violation can be reported on the field that refers to nothing. */
export const personForeignKeys = { origin: "persons_origin_fk", prescriberPerson: "persons_prescriber_person_fk" } as const;

/** A natural person ("personne physique"): an individual, or a professional (self-employed, officer). */
export const persons = pgTable(
  "persons",
  {
    ...tenantColumns(),
    category: text("category", { enum: personCategories }).notNull(),
    civility: text("civility", { enum: civilities }),
    lastName: text("last_name").notNull(),
    firstName: text("first_name"),
    birthName: text("birth_name"),
    birthDate: date("birth_date", { mode: "string" }),
    /** Lower-cased. */
    email: text("email"),
    /** E.164. */
    mobilePhone: text("mobile_phone"),
    landlinePhone: text("landline_phone"),
    profession: text("profession"),
    socialRegime: text("social_regime"),
    /** Régime local d'Alsace-Moselle (67, 68, 57): reimburses more, priced apart. */
    localRegime: boolean("local_regime").notNull().default(false),
    title: text("title"),
    nature: text("nature", { enum: natures }).notNull().default("suspect"),
    /** Equipment flags ("indicateurs d'équipement"): the domains of its active contracts, kept by the contracts module. */
    coverageFlags: text("coverage_flags", { enum: coverageDomains }).array().notNull().default(sql`'{}'::text[]`),
    originId: uuid("origin_id").notNull(),
    prescriberPersonId: uuid("prescriber_person_id"),
    prescriberCompanyId: uuid("prescriber_company_id"),
    importance: text("importance"),
    markers: text("markers").array().notNull().default(sql`'{}'::text[]`),
    pep: boolean("pep").notNull().default(false),
    assetFreeze: boolean("asset_freeze").notNull().default(false),
    protectedAdult: boolean("protected_adult").notNull().default(false),
    c2sBeneficiary: boolean("c2s_beneficiary").notNull().default(false),
    customFields: jsonb("custom_fields").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    // Subscriptions tab.
    portalAccess: boolean("portal_access").notNull().default(false),
    portalAccessSince: date("portal_access_since", { mode: "string" }),
    paperlessStatements: boolean("paperless_statements").notNull().default(false),
    paperlessSince: date("paperless_since", { mode: "string" }),
    // Professionals.
    professionalCompanyName: text("professional_company_name"),
    professionalEmail: text("professional_email"),
    professionalPhone: text("professional_phone"),
    functions: text("functions"),
    madelinEligible: boolean("madelin_eligible").notNull().default(false),
    businessCreator: boolean("business_creator").notNull().default(false),
    /** Names as searched: accents, case, hyphens and apostrophes removed (see person-search.ts). */
    searchName: text("search_name").notNull(),
    ...assignmentColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    foreignKey({ name: personForeignKeys.origin, columns: [table.tenantId, table.originId], foreignColumns: [origins.tenantId, origins.id] }),
    foreignKey({ name: personForeignKeys.prescriberPerson, columns: [table.tenantId, table.prescriberPersonId], foreignColumns: [table.tenantId, table.id] }),
    index("persons_search_name_trgm").using("gin", table.searchName.op("gin_trgm_ops")),
    // Names that start with the typed text, in byte order: a broad search's first page and capped count.
    index("persons_search_name_prefix_idx").on(table.tenantId, table.searchName.op("text_pattern_ops")),
    index("persons_email_idx").on(table.tenantId, table.email.op("text_pattern_ops")),
    index("persons_mobile_idx").on(table.tenantId, table.mobilePhone.op("text_pattern_ops")),
    index("persons_landline_idx").on(table.tenantId, table.landlinePhone.op("text_pattern_ops")),
    index("persons_origin_idx").on(table.tenantId, table.originId),
    index("persons_markers_idx").using("gin", table.markers),
    index("persons_introducer_idx").on(table.tenantId, table.introducerId),
    index("persons_advisor_idx").on(table.tenantId, table.advisorId),
    // A list's ids and sort keys without reading the rows: a search that selects thousands of
    // persons (a postal code, a common name with a typo) orders them from this index alone.
    index("persons_list_keys_idx").on(table.tenantId, table.id, table.lastName, table.firstName, table.searchName),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const addressKinds = ["main", "secondary", "professional"] as const;
export type AddressKind = (typeof addressKinds)[number];
export const normalisationStatuses = ["valid", "corrected", "unknown_locality"] as const;

/** A postal address as typed and as normalised (RNVP, NF Z10-011); shared by every table that keeps addresses. */
export function postalAddressColumns() {
  return {
    lines: text("lines").array().notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    country: text("country").notNull().default("FR"),
    normalisedLines: text("normalised_lines").array().notNull(),
    normalisationStatus: text("normalisation_status", { enum: normalisationStatuses }).notNull(),
  };
}

/** One address of a person per kind, as typed and as normalised (RNVP, NF Z10-011). */
export const personAddresses = pgTable(
  "person_addresses",
  {
    ...tenantColumns(),
    personId: uuid("person_id").notNull(),
    kind: text("kind", { enum: addressKinds }).notNull(),
    ...postalAddressColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("person_addresses_kind_unique").on(table.tenantId, table.personId, table.kind),
    // With the person's id: a postal-code search reads only the index.
    index("person_addresses_postal_code_idx").on(table.tenantId, table.postalCode, table.personId),
    foreignKey({ columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

export const relationTypes = ["spouse_of", "partner_of", "child_of", "parent_of", "sibling_of", "grandchild_of", "grandparent_of", "guardian_of", "ward_of", "other"] as const;
export type RelationType = (typeof relationTypes)[number];

/** Informative family ties between two persons; stored once, shown with its inverse on the other record. */
export const personRelations = pgTable(
  "person_relations",
  {
    ...tenantColumns(),
    personId: uuid("person_id").notNull(),
    type: text("type", { enum: relationTypes }).notNull(),
    relatedPersonId: uuid("related_person_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("person_relations_unique").on(table.tenantId, table.personId, table.type, table.relatedPersonId),
    index("person_relations_related_idx").on(table.tenantId, table.relatedPersonId),
    foreignKey({ columns: [table.tenantId, table.personId], foreignColumns: [persons.tenantId, persons.id] }).onDelete("cascade"),
    foreignKey({ columns: [table.tenantId, table.relatedPersonId], foreignColumns: [persons.tenantId, persons.id] }).onDelete("cascade"),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/**
 * Files kept on a record's tab: one table per kind of record (person, company…), all of this shape,
 * so that one service (attachments-service.ts) serves them all. `owner.column` names the record's id column.
 */
export function attachmentsTable(name: string, owner: { column: string; index: string; table: { tenantId: AnyPgColumn; id: AnyPgColumn } }) {
  return pgTable(
    name,
    {
      ...tenantColumns(),
      ownerId: uuid(owner.column).notNull(),
      fileId: uuid("file_id").notNull(),
      description: text("description"),
    },
    (table) => [
      primaryKey({ columns: [table.tenantId, table.id] }),
      index(owner.index).on(table.tenantId, table.ownerId),
      foreignKey({ columns: [table.tenantId, table.ownerId], foreignColumns: [owner.table.tenantId, owner.table.id] }).onDelete("cascade"),
      foreignKey({ columns: [table.tenantId, table.fileId], foreignColumns: [storedFiles.tenantId, storedFiles.id] }),
      tenantIsolationPolicy(),
    ],
  ).enableRLS();
}
export type AttachmentsTable = ReturnType<typeof attachmentsTable>;

/** A file kept on a person's record (ID card, RIB, signed mandate…). */
export const personAttachments = attachmentsTable("person_attachments", { column: "person_id", index: "person_attachments_person_idx", table: persons });

/**
 * Insurance a record holds elsewhere ("équipement concurrence"), to know when to call back: one
 * table per kind of record (person, company), all of this shape, so that one service
 * (competitor-coverages-service.ts) serves them all. `owner.column` names the record's id column.
 */
export function competitorCoveragesTable(name: string, owner: { column: string; index: string; table: { tenantId: AnyPgColumn; id: AnyPgColumn } }) {
  return pgTable(
    name,
    {
      ...tenantColumns(),
      ownerId: uuid(owner.column).notNull(),
      domain: text("domain", { enum: coverageDomains }).notNull(),
      insurer: text("insurer").notNull(),
      product: text("product"),
      endDate: date("end_date", { mode: "string" }),
      annualPremiumCents: bigint("annual_premium_cents", { mode: "number" }),
    },
    (table) => [
      primaryKey({ columns: [table.tenantId, table.id] }),
      index(owner.index).on(table.tenantId, table.ownerId),
      foreignKey({ columns: [table.tenantId, table.ownerId], foreignColumns: [owner.table.tenantId, owner.table.id] }).onDelete("cascade"),
      check(`${name}_premium_not_negative`, sql`${table.annualPremiumCents} is null or ${table.annualPremiumCents} >= 0`),
      tenantIsolationPolicy(),
    ],
  ).enableRLS();
}
export type CompetitorCoveragesTable = ReturnType<typeof competitorCoveragesTable>;

/** Insurance the person holds elsewhere. */
export const personCompetitorCoverages = competitorCoveragesTable("person_competitor_coverages", { column: "person_id", index: "person_competitor_coverages_person_idx", table: persons });
