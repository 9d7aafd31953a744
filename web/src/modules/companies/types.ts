import type { Identifier } from "react-admin";
import type { CoverageDomain } from "../../ui/competitor-coverages/coveragesApi";
import type { KindedAddressInput, KindedAddressView, PostalAddressInput, PostalAddressView } from "../../ui/addresses/types";
import type { Nature } from "../../ui/NatureChip";
import type { RecordAssignment as RecordAssignmentFields } from "../organisation/types";

/** Enumerations of the companies API (server/src/modules/companies/schema.ts). */
export const COMPANY_ADDRESS_KINDS = ["head_office", "billing", "other"] as const;
export const COMPANY_RELATION_TYPES = ["subsidiary_of", "parent_of", "partner_of", "supplier_of", "client_of", "other"] as const;
export const COMPANY_PERSON_ROLES = ["employee", "officer", "contact", "accountant", "other"] as const;

export type CompanyAddressKind = (typeof COMPANY_ADDRESS_KINDS)[number];
export type CompanyRelationType = (typeof COMPANY_RELATION_TYPES)[number];
export type CompanyPersonRole = (typeof COMPANY_PERSON_ROLES)[number];

export type CompanyAddressInput = KindedAddressInput<CompanyAddressKind>;
export type CompanyAddressView = KindedAddressView<CompanyAddressKind>;

export type CustomFieldValue = string | number | boolean | null;

/** GET /companies/{id}. SIREN and SIRET compact, phone E.164; `pep` and `assetFreeze` are absent without company:read_sensitive. */
export interface CompanyRecord extends RecordAssignmentFields {
  id: Identifier;
  name: string;
  legalForm: string | null;
  siren: string | null;
  siret: string | null;
  inCreation: boolean;
  headcountBand: string | null;
  /** NAF rév. 2 sous-classe, "86.21Z". */
  nafCode: string | null;
  /** 4 digits, "0016". */
  idcc: string | null;
  hdsEnabled: boolean;
  /** Percentage as a string, "1.50". */
  hdsRate: string | null;
  originId: string;
  mainContactId: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  turnoverCents: number | null;
  activityCode: string | null;
  balanceSheetDate: string | null;
  endOfActivityDate: string | null;
  nature: Nature;
  /** Equipment flags: the domains of its active contracts (kept by the contracts module, read-only). */
  coverageFlags: CoverageDomain[];
  pep?: boolean;
  assetFreeze?: boolean;
  prescriberPersonId: string | null;
  prescriberCompanyId: string | null;
  importance: string | null;
  markers: string[];
  customFields: Record<string, CustomFieldValue>;
  addresses: CompanyAddressView[];
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** GET /companies/{id}/relations item: `type` is read from the company asked about (inverse already applied). */
export interface CompanyRelationRecord {
  id: string;
  type: CompanyRelationType;
  companyId: string;
  name: string;
  siren: string | null;
}

/** GET /companies/{id}/persons item; `id` is the link's. */
export interface CompanyPersonLink {
  id: string;
  personId: string;
  role: CompanyPersonRole;
  lastName: string;
  firstName: string | null;
  email: string | null;
  mobilePhone: string | null;
  landlinePhone: string | null;
  mainContact: boolean;
}

/** GET /companies/{id}/sites item. */
export interface SiteRecord {
  id: string;
  name: string;
  siret: string | null;
  address: PostalAddressView;
  phone: string | null;
  contactPersonId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** POST and PATCH /companies/{id}/sites body. */
export interface SiteInput {
  name: string;
  siret: string | null;
  address: PostalAddressInput;
  phone: string | null;
  contactPersonId: string | null;
}

/** GET /companies/{id}/demography: the latest spreadsheet uploaded. */
export interface DemographyRecord {
  id: string;
  attachmentId: string;
  fileId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string | null;
  /** API path of the bytes (`/api/v1/files/{fileId}`, file:read). */
  downloadUrl: string;
}

/** French referentials (GET /referentials/…). */
export interface NafEntry {
  code: string;
  label: string;
  level: 2 | 5;
}
export interface IdccEntry {
  idcc: string;
  title: string;
  shortTitle?: string;
}
export interface HeadcountBand {
  code: string;
  labelFr: string;
  labelEn: string;
  min: number | null;
  max: number | null;
}

export const COMPANY_PERMISSIONS = {
  read: "company:read",
  write: "company:write",
  readSensitive: "company:read_sensitive",
  writeSensitive: "company:write_sensitive",
} as const;

const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.companies.${prefix}.${id}` }));
export const relationTypeChoices = choicesOf(COMPANY_RELATION_TYPES, "relation_types");
export const personRoleChoices = choicesOf(COMPANY_PERSON_ROLES, "person_roles");
