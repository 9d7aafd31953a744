import { ADDRESS_KINDS, type AddressInput, type AddressKind, type AddressView, type CustomFieldValue, type PersonRecord } from "./types";

/** Street lines offered per address: number and street, complement, locality or PO box. */
export const ADDRESS_LINE_COUNT = 3;

/** One address block of the form; an absent (null) block is no address of that kind. */
export interface AddressDraft {
  lines: string[];
  postalCode: string;
  city: string;
  country?: string;
}

export type AddressForm = Partial<Record<AddressKind, AddressDraft | null>>;

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

export const emptyAddress = (): AddressDraft => ({ lines: Array.from({ length: ADDRESS_LINE_COUNT }, () => ""), postalCode: "", city: "" });

function toDraft(address: AddressView): AddressDraft {
  const lines = [...address.lines];
  while (lines.length < ADDRESS_LINE_COUNT) lines.push("");
  return { lines, postalCode: address.postalCode, city: address.city, country: address.country };
}

/** Initial form values: a new person starts as an individual with an empty main address. */
export function personFormDefaults(record?: Partial<PersonRecord>): PersonFormValues {
  const addressForm: AddressForm = {};
  for (const address of record?.addresses ?? []) addressForm[address.kind] = toDraft(address);
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

export function isEmptyDraft(draft: AddressDraft | null | undefined): boolean {
  if (!draft) return true;
  return draft.lines.every((line) => clean(line) === "") && clean(draft.postalCode) === "" && clean(draft.city) === "";
}

function toAddressInput(kind: AddressKind, draft: AddressDraft): AddressInput {
  const country = clean(draft.country);
  return {
    kind,
    lines: draft.lines.map(clean).filter((line) => line !== ""),
    postalCode: clean(draft.postalCode),
    city: clean(draft.city),
    ...(country ? { country } : {}),
  };
}

/** The addresses to send, in a fixed order (main, secondary, professional); empty blocks are no address. */
export function addressesOf(values: PersonFormValues): AddressInput[] {
  const form = values.addressForm ?? {};
  return ADDRESS_KINDS.filter((kind) => kind !== "professional" || values.category === "professional")
    .filter((kind) => !isEmptyDraft(form[kind]))
    .map((kind) => toAddressInput(kind, form[kind] as AddressDraft));
}

const core = (address: AddressInput) => JSON.stringify([address.kind, address.lines, address.postalCode, address.city, address.country && address.country !== "FR" ? address.country : ""]);

function sameAddresses(sent: AddressInput[], stored: AddressView[] | undefined): boolean {
  const before = [...(stored ?? [])].map(core).sort();
  const after = sent.map(core).sort();
  return before.length === after.length && before.every((entry, index) => entry === after[index]);
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
 * Server field errors name addresses by their position in what was sent (`addresses.1.city`); the
 * form has one block per kind, so they are moved to `addressForm.<kind>.city`.
 */
export function remapAddressErrors(errors: Record<string, unknown>, sent: unknown): void {
  const addresses = typeof sent === "object" && sent !== null && "addresses" in sent && Array.isArray(sent.addresses) ? (sent.addresses as AddressInput[]) : [];
  for (const key of Object.keys(errors)) {
    const match = /^addresses\.(\d+)(?:\.(.+))?$/.exec(key);
    const kind = match ? addresses[Number(match[1])]?.kind : undefined;
    if (!match || !kind) continue;
    errors[`addressForm.${kind}.${match[2] ?? "kind"}`] = errors[key];
    delete errors[key];
  }
}

type AddressValidator = (value: unknown, values: PersonFormValues) => string | undefined;

const draftOf = (values: PersonFormValues, kind: AddressKind) => values.addressForm?.[kind];

/**
 * Input validators of an address block (form-level validation would switch the inputs' own off):
 * a started block needs a street line, a postal code and a city; a secondary address needs a main one.
 */
export function addressValidators(kind: AddressKind): { firstLine: AddressValidator; postalCode: AddressValidator; city: AddressValidator } {
  const started = (values: PersonFormValues) => !isEmptyDraft(draftOf(values, kind));
  return {
    firstLine: (_value, values) => {
      if (!started(values)) return undefined;
      if ((draftOf(values, kind)?.lines ?? []).every((line) => clean(line) === "")) return "adhesia.persons.address.line_required";
      if (kind === "secondary" && isEmptyDraft(draftOf(values, "main"))) return "adhesia.persons.address.secondary_without_main";
      return undefined;
    },
    postalCode: (value, values) => (started(values) && !clean(value) ? "ra.validation.required" : undefined),
    city: (value, values) => (started(values) && !clean(value) ? "ra.validation.required" : undefined),
  };
}
