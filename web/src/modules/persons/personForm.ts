import {
  addressesFromForm,
  addressFormOf,
  draftValidators,
  emptyAddress,
  isEmptyDraft,
  sameAddresses,
  type AddressFormOf,
  type AddressValidators,
} from "../../ui/addresses/addressForm";
import { ADDRESS_KINDS, type AddressInput, type AddressKind, type AddressView, type CustomFieldValue, type PersonRecord } from "./types";

export { ADDRESS_LINE_COUNT, emptyAddress, isEmptyDraft, remapAddressErrors, type AddressDraft } from "../../ui/addresses/addressForm";

export type AddressForm = AddressFormOf<AddressKind>;

/** Form values: the record's writable fields, with the addresses as one block per kind. */
export type PersonFormValues = Partial<Omit<PersonRecord, "addresses">> & { addressForm?: AddressForm; addresses?: AddressView[] };

/** Fields the API accepts on POST and PATCH (`nature` is derived by the server, `prescriberCompanyId` waits for companies). */
const TEXT_FIELDS = [
  "civility",
  "firstName",
  "birthName",
  "birthDate",
  "email",
  "mobilePhone",
  "landlinePhone",
  "profession",
  "socialRegime",
  "title",
  "prescriberPersonId",
  "importance",
  "portalAccessSince",
  "paperlessSince",
] as const;
const PROFESSIONAL_TEXT_FIELDS = ["professionalCompanyName", "professionalEmail", "professionalPhone", "functions"] as const;
const FLAG_FIELDS = ["localRegime", "protectedAdult", "c2sBeneficiary", "portalAccess", "paperlessStatements"] as const;
const PROFESSIONAL_FLAG_FIELDS = ["madelinEligible", "businessCreator"] as const;
export const SENSITIVE_FIELDS = ["pep", "assetFreeze"] as const;

/** Initial form values: a new person starts as an individual with an empty main address. */
export function personFormDefaults(record?: Partial<PersonRecord>): PersonFormValues {
  const addressForm: AddressForm = addressFormOf(record?.addresses);
  if (!record?.id && !addressForm.main) addressForm.main = emptyAddress();
  return {
    category: "individual",
    markers: [],
    customFields: {},
    localRegime: false,
    protectedAdult: false,
    c2sBeneficiary: false,
    portalAccess: false,
    paperlessStatements: false,
    madelinEligible: false,
    businessCreator: false,
    addressForm,
  };
}

const clean = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const textOrNull = (value: unknown): string | null => clean(value) || null;

/** The addresses to send, in a fixed order (main, secondary, professional); empty blocks are no address. */
export function addressesOf(values: PersonFormValues): AddressInput[] {
  return addressesFromForm(
    values.addressForm,
    ADDRESS_KINDS.filter((kind) => kind !== "professional" || values.category === "professional"),
  );
}

function cleanCustomFields(values: Record<string, CustomFieldValue | undefined> | undefined): Record<string, CustomFieldValue> {
  const result: Record<string, CustomFieldValue> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value === undefined) continue;
    result[key] = typeof value === "string" ? value.trim() || null : value;
  }
  return result;
}

export interface PayloadOptions {
  /** The stored record when editing: unchanged addresses are then not sent. */
  previous?: Partial<PersonRecord>;
  /** person:write_sensitive: PEP and asset freeze are sent only by those who may change them. */
  canWriteSensitive: boolean;
}

/**
 * Turns the form into the body of POST /persons or PATCH /persons/{id}: writable fields only,
 * blank texts as null, professional data cleared for an individual (the server refuses it).
 */
export function toPersonPayload(values: PersonFormValues, { previous, canWriteSensitive }: PayloadOptions): Record<string, unknown> {
  const professional = values.category === "professional";
  const payload: Record<string, unknown> = {
    category: values.category ?? "individual",
    lastName: clean(values.lastName),
    originId: values.originId,
    markers: values.markers ?? [],
    customFields: cleanCustomFields(values.customFields),
  };
  for (const field of TEXT_FIELDS) payload[field] = textOrNull(values[field]);
  for (const field of FLAG_FIELDS) payload[field] = values[field] ?? false;
  for (const field of PROFESSIONAL_TEXT_FIELDS) payload[field] = professional ? textOrNull(values[field]) : null;
  for (const field of PROFESSIONAL_FLAG_FIELDS) payload[field] = professional ? (values[field] ?? false) : false;
  if (!payload.portalAccess) payload.portalAccessSince = null;
  if (!payload.paperlessStatements) payload.paperlessSince = null;
  if (canWriteSensitive) {
    // On an existing record, only flags the user was shown (present in the answer) are sent.
    for (const field of SENSITIVE_FIELDS) if (!previous || field in previous) payload[field] = values[field] ?? false;
  }
  const addresses = addressesOf(values);
  if (!previous || !sameAddresses(addresses, previous.addresses)) payload.addresses = addresses;
  return payload;
}

/**
 * Input validators of an address block (see draftValidators): a started block needs a street line,
 * a postal code and a city; a secondary address needs a main one.
 */
export function addressValidators(kind: AddressKind): AddressValidators<PersonFormValues> {
  return draftValidators<PersonFormValues>(kind, (values) =>
    kind === "secondary" && isEmptyDraft(values.addressForm?.main) ? "adhesia.persons.address.secondary_without_main" : undefined,
  );
}
