import type { Identifier } from "react-admin";

/** Enumerations of the persons API (server/src/modules/persons/schema.ts). */
export const PERSON_CATEGORIES = ["individual", "professional"] as const;
export const CIVILITIES = ["mr", "mrs"] as const;
/** Life-cycle stage, derived by the server from what the person holds; never written by the client. */
export const NATURES = ["suspect", "prospect", "member", "client"] as const;
export const ADDRESS_KINDS = ["main", "secondary", "professional"] as const;
export const NORMALISATION_STATUSES = ["valid", "corrected", "unknown_locality"] as const;
export const RELATION_TYPES = ["spouse_of", "partner_of", "child_of", "parent_of", "sibling_of", "grandchild_of", "grandparent_of", "guardian_of", "ward_of", "other"] as const;

export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export type Civility = (typeof CIVILITIES)[number];
export type Nature = (typeof NATURES)[number];
export type AddressKind = (typeof ADDRESS_KINDS)[number];
export type NormalisationStatus = (typeof NORMALISATION_STATUSES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

export type CustomFieldValue = string | number | boolean | null;

/** An address as written by the client. */
export interface AddressInput {
  kind: AddressKind;
  lines: string[];
  postalCode: string;
  city: string;
  country?: string;
}

/** An address as read: also its RNVP form (NF Z10-011), computed by the server on save. */
export interface AddressView extends AddressInput {
  country: string;
  normalisedLines: string[];
  normalisationStatus: NormalisationStatus;
}

/** GET /persons/{id}. Phones are E.164; `pep` and `assetFreeze` are absent without person:read_sensitive. */
export interface PersonRecord {
  id: Identifier;
  category: PersonCategory;
  nature: Nature;
  civility: Civility | null;
  lastName: string;
  firstName: string | null;
  birthName: string | null;
  birthDate: string | null;
  email: string | null;
  mobilePhone: string | null;
  landlinePhone: string | null;
  profession: string | null;
  socialRegime: string | null;
  localRegime: boolean;
  title: string | null;
  originId: string;
  prescriberPersonId: string | null;
  prescriberCompanyId: string | null;
  importance: string | null;
  markers: string[];
  pep?: boolean;
  assetFreeze?: boolean;
  protectedAdult: boolean;
  c2sBeneficiary: boolean;
  customFields: Record<string, CustomFieldValue>;
  portalAccess: boolean;
  portalAccessSince: string | null;
  paperlessStatements: boolean;
  paperlessSince: string | null;
  professionalCompanyName: string | null;
  professionalEmail: string | null;
  professionalPhone: string | null;
  functions: string | null;
  madelinEligible: boolean;
  businessCreator: boolean;
  addresses: AddressView[];
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** GET /persons/{id}/relations item: `type` is read from the person asked about (inverse already applied). */
export interface RelationRecord {
  id: string;
  type: RelationType;
  personId: string;
  lastName: string;
  firstName: string | null;
}

/** GET /persons/{id}/attachments item; the bytes are at GET /files/{fileId}. */
export interface AttachmentRecord {
  id: string;
  fileId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  description: string | null;
  createdAt: string;
}

/** POST /addresses/normalise answer. */
export interface NormalisedAddress {
  lines: string[];
  status: NormalisationStatus;
  suggestions?: Array<{ postalCode: string; city: string }>;
}

export const PERSON_PERMISSIONS = {
  read: "person:read",
  write: "person:write",
  readSensitive: "person:read_sensitive",
  writeSensitive: "person:write_sensitive",
} as const;

const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.persons.${prefix}.${id}` }));
export const categoryChoices = choicesOf(PERSON_CATEGORIES, "categories");
export const civilityChoices = choicesOf(CIVILITIES, "civilities");
export const natureChoices = choicesOf(NATURES, "natures");
export const relationTypeChoices = choicesOf(RELATION_TYPES, "relation_types");
