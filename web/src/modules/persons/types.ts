import type { KindedAddressInput, KindedAddressView } from "../../ui/addresses/types";
import { natureChoices, NATURES, type Nature } from "../../ui/NatureChip";
import type {
  AddressKind as ServerAddressKind,
  Civility as ServerCivility,
  PersonCategory as ServerPersonCategory,
  PersonView,
  RelationType as ServerRelationType,
  RelationView,
} from "../../../../server/src/modules/persons/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Life-cycle stage, derived by the server from what the person holds; never written by the client (shared with companies). */
export { NATURES, natureChoices, type Nature };

/** Enumerations of the persons API (server/src/modules/persons/schema.ts). */
export const PERSON_CATEGORIES = serverCodes<ServerPersonCategory>()(["individual", "professional"]);
export const CIVILITIES = serverCodes<ServerCivility>()(["mr", "mrs"]);
export const ADDRESS_KINDS = serverCodes<ServerAddressKind>()(["main", "secondary", "professional"]);
export const RELATION_TYPES = serverCodes<ServerRelationType>()(["spouse_of", "partner_of", "child_of", "parent_of", "sibling_of", "grandchild_of", "grandparent_of", "guardian_of", "ward_of", "other"]);

export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export type Civility = (typeof CIVILITIES)[number];
export type AddressKind = (typeof ADDRESS_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

export type CustomFieldValue = string | number | boolean | null;

/** An address as written by the client. */
export type AddressInput = KindedAddressInput<AddressKind>;

/** An address as read: also its RNVP form (NF Z10-011), computed by the server on save. */
export type AddressView = KindedAddressView<AddressKind>;

/** GET /persons/{id}, with its sales assignment. Phones are E.164; `pep` and `assetFreeze` are absent without person:read_sensitive. */
export type PersonRecord = PersonView;

/** GET /persons/{id}/relations item: `type` is read from the person asked about (inverse already applied). */
export type RelationRecord = RelationView;

export const PERSON_PERMISSIONS = {
  read: "person:read",
  write: "person:write",
  readSensitive: "person:read_sensitive",
  writeSensitive: "person:write_sensitive",
} as const;

const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.persons.${prefix}.${id}` }));
export const categoryChoices = choicesOf(PERSON_CATEGORIES, "categories");
export const civilityChoices = choicesOf(CIVILITIES, "civilities");
export const relationTypeChoices = choicesOf(RELATION_TYPES, "relation_types");
