import type {
  CompanyAddressKind as ServerCompanyAddressKind,
  CompanyPersonRole as ServerCompanyPersonRole,
  CompanyPersonView,
  CompanyRelationType as ServerCompanyRelationType,
  CompanyRelationView,
  CompanyView,
  DemographyView,
  SiteView,
} from "../../../../server/src/modules/companies/index.js";
import type { HeadcountBand as ServerHeadcountBand, IdccEntry as ServerIdccEntry, NafEntry as ServerNafEntry } from "../../../../server/src/modules/reference-data/index.js";
import { serverCodes } from "../../app/serverCodes";
import type { KindedAddressInput, KindedAddressView, PostalAddressInput } from "../../ui/addresses/types";

/** Enumerations of the companies API (server/src/modules/companies/schema.ts). */
export const COMPANY_ADDRESS_KINDS = serverCodes<ServerCompanyAddressKind>()(["head_office", "billing", "other"]);
export const COMPANY_RELATION_TYPES = serverCodes<ServerCompanyRelationType>()(["subsidiary_of", "parent_of", "partner_of", "supplier_of", "client_of", "other"]);
export const COMPANY_PERSON_ROLES = serverCodes<ServerCompanyPersonRole>()(["employee", "officer", "contact", "accountant", "other"]);

export type CompanyAddressKind = (typeof COMPANY_ADDRESS_KINDS)[number];
export type CompanyRelationType = (typeof COMPANY_RELATION_TYPES)[number];
export type CompanyPersonRole = (typeof COMPANY_PERSON_ROLES)[number];

export type CompanyAddressInput = KindedAddressInput<CompanyAddressKind>;
export type CompanyAddressView = KindedAddressView<CompanyAddressKind>;

export type CustomFieldValue = string | number | boolean | null;

/** GET /companies/{id}. SIREN and SIRET compact, phone E.164; `pep` and `assetFreeze` are absent without company:read_sensitive. */
export type CompanyRecord = CompanyView;

/** GET /companies/{id}/relations item: `type` is read from the company asked about (inverse already applied). */
export type CompanyRelationRecord = CompanyRelationView;

/** GET /companies/{id}/persons item; `id` is the link's. */
export type CompanyPersonLink = CompanyPersonView;

/** GET /companies/{id}/sites item. */
export type SiteRecord = SiteView;

/** POST and PATCH /companies/{id}/sites body. */
export interface SiteInput {
  name: string;
  siret: string | null;
  address: PostalAddressInput;
  phone: string | null;
  contactPersonId: string | null;
}

/** GET /companies/{id}/demography: the latest spreadsheet uploaded. */
export type DemographyRecord = DemographyView;

/** French referentials (GET /referentials/…). */
/** The INSEE and KALI referentials as GET /api/v1/referentials/* answers them. */
export type NafEntry = ServerNafEntry;
export type IdccEntry = ServerIdccEntry;
export type HeadcountBand = ServerHeadcountBand;

export const COMPANY_PERMISSIONS = {
  read: "company:read",
  write: "company:write",
  readSensitive: "company:read_sensitive",
  writeSensitive: "company:write_sensitive",
} as const;

const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.companies.${prefix}.${id}` }));
export const relationTypeChoices = choicesOf(COMPANY_RELATION_TYPES, "relation_types");
