import {
  addressesFromForm,
  addressFormOf,
  draftValidators,
  emptyAddress,
  remapAddressErrors,
  sameAddresses,
  type AddressFormOf,
  type AddressValidators,
} from "../../ui/addresses/addressForm";
import { centsOf } from "../../ui/format";
import { sirenStatus, siretStatus, compactDigits } from "./siren";
import { COMPANY_ADDRESS_KINDS, type CompanyAddressInput, type CompanyAddressKind, type CompanyAddressView, type CompanyRecord, type CustomFieldValue } from "./types";

/** How the main contact is given on creation: none, an existing person, or a person created with the company. */
export const CONTACT_MODES = ["none", "existing", "create"] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

/** The compact person sub-form of "create the contact" (a POST /persons body once cleaned). */
export interface MainContactDraft {
  category?: "individual" | "professional";
  civility?: "mr" | "mrs" | null;
  lastName?: string;
  firstName?: string | null;
  email?: string | null;
  mobilePhone?: string | null;
  landlinePhone?: string | null;
  functions?: string | null;
}

/** Form values: the record's writable fields, turnover in euros, addresses as one block per kind, the main contact. */
export type CompanyFormValues = Partial<Omit<CompanyRecord, "addresses">> & {
  addressForm?: AddressFormOf<CompanyAddressKind>;
  addresses?: CompanyAddressView[];
  /** Euros as typed; sent as `turnoverCents`. */
  turnover?: number | null;
  contactMode?: ContactMode;
  mainContact?: MainContactDraft;
};

const TEXT_FIELDS = [
  "legalForm",
  "siren",
  "siret",
  "headcountBand",
  "nafCode",
  "idcc",
  "email",
  "phone",
  "website",
  "activityCode",
  "balanceSheetDate",
  "endOfActivityDate",
  "prescriberPersonId",
  "prescriberCompanyId",
  "importance",
] as const;
export const SENSITIVE_FIELDS = ["pep", "assetFreeze"] as const;

/** Initial form values: a new company starts with an empty head office and no main contact. */
export function companyFormDefaults(record?: Partial<CompanyRecord>): CompanyFormValues {
  const addressForm = addressFormOf(record?.addresses);
  if (!record?.id && !addressForm.head_office) addressForm.head_office = emptyAddress();
  return {
    inCreation: false,
    hdsEnabled: false,
    markers: [],
    customFields: {},
    addressForm,
    turnover: typeof record?.turnoverCents === "number" ? record.turnoverCents / 100 : null,
    contactMode: "none",
    mainContact: { category: "individual" },
  };
}

const clean = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const textOrNull = (value: unknown): string | null => clean(value) || null;

function cleanCustomFields(values: Record<string, CustomFieldValue | undefined> | undefined): Record<string, CustomFieldValue> {
  const result: Record<string, CustomFieldValue> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value === undefined) continue;
    result[key] = typeof value === "string" ? value.trim() || null : value;
  }
  return result;
}

/** "1,5" or "1.50" as the API's "1.5"; null when blank. */
export function hdsRateOf(value: unknown): string | null {
  const text = clean(typeof value === "number" ? String(value) : value).replace(",", ".");
  return text === "" ? null : text;
}

/** The person to create as main contact, as POST /companies takes it under `mainContact` (origin: the company's). */
export function mainContactPayload(draft: MainContactDraft | undefined): Record<string, unknown> {
  const professional = draft?.category === "professional";
  return {
    category: professional ? "professional" : "individual",
    civility: draft?.civility ?? null,
    lastName: clean(draft?.lastName),
    firstName: textOrNull(draft?.firstName),
    email: textOrNull(draft?.email),
    mobilePhone: textOrNull(draft?.mobilePhone),
    landlinePhone: textOrNull(draft?.landlinePhone),
    ...(professional ? { functions: textOrNull(draft?.functions) } : {}),
  };
}

export interface PayloadOptions {
  /** The stored record when editing: unchanged addresses are then not sent. */
  previous?: Partial<CompanyRecord>;
  /** company:write_sensitive: PEP and asset freeze are sent only by those who may change them. */
  canWriteSensitive: boolean;
}

/**
 * Turns the form into the body of POST /companies or PATCH /companies/{id}: writable fields only,
 * blank texts as null, SIREN and SIRET without spaces, turnover in cents, the HDS rate only with
 * HDS; on creation, the main contact selected (`mainContactId`) or to create (`mainContact`).
 */
export function toCompanyPayload(values: CompanyFormValues, { previous, canWriteSensitive }: PayloadOptions): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    name: clean(values.name),
    originId: values.originId,
    inCreation: values.inCreation ?? false,
    hdsEnabled: values.hdsEnabled ?? false,
    markers: values.markers ?? [],
    customFields: cleanCustomFields(values.customFields),
  };
  for (const field of TEXT_FIELDS) payload[field] = textOrNull(values[field]);
  payload.siren = compactDigits(clean(values.siren)) || null;
  payload.siret = compactDigits(clean(values.siret)) || null;
  payload.hdsRate = payload.hdsEnabled ? hdsRateOf(values.hdsRate) : null;
  payload.turnoverCents = centsOf(values.turnover);
  if (canWriteSensitive) {
    // On an existing record, only flags the user was shown (present in the answer) are sent.
    for (const field of SENSITIVE_FIELDS) if (!previous || field in previous) payload[field] = values[field] ?? false;
  }
  if (previous) payload.mainContactId = values.mainContactId ?? null;
  else if (values.contactMode === "existing") payload.mainContactId = values.mainContactId ?? null;
  else if (values.contactMode === "create") payload.mainContact = mainContactPayload(values.mainContact);
  const addresses = addressesFromForm(values.addressForm, COMPANY_ADDRESS_KINDS);
  if (!previous || !sameAddresses(addresses, previous.addresses)) payload.addresses = addresses;
  return payload;
}

/**
 * Server field errors moved onto the form: addresses by kind (see remapAddressErrors), and the
 * "both an existing and a new contact" error onto the contact choice.
 */
export function remapCompanyErrors(errors: Record<string, unknown>, sent: unknown): void {
  remapAddressErrors(errors, sent);
  if ("mainContact" in errors) {
    errors.contactMode = errors.mainContact;
    delete errors.mainContact;
  }
}

/** A started address block needs a street line, a postal code and a city. */
export function companyAddressValidators(kind: CompanyAddressKind): AddressValidators<CompanyFormValues> {
  return draftValidators<CompanyFormValues>(kind);
}

/** SIREN: 9 digits with a valid key once something is typed (required or not is the server's rule). */
export function validateSiren(value: unknown): string | undefined {
  const status = sirenStatus(typeof value === "string" ? value : "");
  return status === "empty" || status === "valid" ? undefined : status === "key" ? "adhesia.companies.identifier.siren_key" : "adhesia.companies.identifier.siren_format";
}

/** SIRET: 14 digits with a valid key, within the SIREN typed beside it. */
export function validateSiret(value: unknown, values: CompanyFormValues): string | undefined {
  const status = siretStatus(typeof value === "string" ? value : "");
  if (status === "empty") return undefined;
  if (status !== "valid") return status === "key" ? "adhesia.companies.identifier.siret_key" : "adhesia.companies.identifier.siret_format";
  const siren = compactDigits(values.siren);
  return siren && compactDigits(String(value)).slice(0, 9) !== siren ? "adhesia.companies.identifier.siret_mismatch" : undefined;
}

/** HDS rate: a percentage from 0 to 100 with at most 2 decimals, required while HDS is on. */
export function validateHdsRate(value: unknown, values: CompanyFormValues): string | undefined {
  if (!values.hdsEnabled) return undefined;
  const rate = hdsRateOf(value);
  if (rate === null) return "ra.validation.required";
  return /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/.test(rate) ? undefined : "adhesia.companies.hds_rate_invalid";
}

/** The contact to create needs a family name. */
export function validateContactLastName(value: unknown, values: CompanyFormValues): string | undefined {
  return values.contactMode === "create" && clean(value) === "" ? "ra.validation.required" : undefined;
}

/** "Select an existing person" needs one. */
export function validateMainContactId(value: unknown, values: CompanyFormValues): string | undefined {
  return values.contactMode === "existing" && !value ? "ra.validation.required" : undefined;
}

export type { CompanyAddressInput };
