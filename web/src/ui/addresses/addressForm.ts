import type { KindedAddressInput, PostalAddressInput } from "./types";

/** Street lines offered per address: number and street, complement, locality or PO box. */
export const ADDRESS_LINE_COUNT = 3;

/** Where the address blocks live in a form's values, one block per kind. */
export const ADDRESS_FORM_SOURCE = "addressForm";

/** One address block of the form; an absent (null) block is no address of that kind. */
export interface AddressDraft {
  lines: string[];
  postalCode: string;
  city: string;
  country?: string;
}

export type AddressFormOf<K extends string> = Partial<Record<K, AddressDraft | null>>;

export const emptyAddress = (): AddressDraft => ({ lines: Array.from({ length: ADDRESS_LINE_COUNT }, () => ""), postalCode: "", city: "" });

/** A stored address as a form block, with at least the offered number of lines. */
export function toDraft(address: PostalAddressInput): AddressDraft {
  const lines = [...address.lines];
  while (lines.length < ADDRESS_LINE_COUNT) lines.push("");
  return { lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) };
}

/** The blocks of a record's addresses, one per kind. */
export function addressFormOf<K extends string>(addresses: readonly KindedAddressInput<K>[] | undefined): AddressFormOf<K> {
  const form: AddressFormOf<K> = {};
  for (const address of addresses ?? []) form[address.kind] = toDraft(address);
  return form;
}

const clean = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

export function isEmptyDraft(draft: AddressDraft | null | undefined): boolean {
  if (!draft) return true;
  return draft.lines.every((line) => clean(line) === "") && clean(draft.postalCode) === "" && clean(draft.city) === "";
}

/** A block as the API takes it: trimmed, blank lines left out. */
export function toAddressInput(draft: AddressDraft): PostalAddressInput {
  const country = clean(draft.country);
  return {
    lines: draft.lines.map(clean).filter((line) => line !== ""),
    postalCode: clean(draft.postalCode),
    city: clean(draft.city),
    ...(country ? { country } : {}),
  };
}

/** The addresses to send, in the order of `kinds`; empty blocks are no address. */
export function addressesFromForm<K extends string>(form: AddressFormOf<K> | undefined, kinds: readonly K[]): KindedAddressInput<K>[] {
  return kinds.filter((kind) => !isEmptyDraft(form?.[kind])).map((kind) => ({ kind, ...toAddressInput(form?.[kind] as AddressDraft) }));
}

const core = (address: KindedAddressInput<string>) =>
  JSON.stringify([address.kind, address.lines, address.postalCode, address.city, address.country && address.country !== "FR" ? address.country : ""]);

/** Whether the addresses about to be sent are those stored (then they need not be sent). */
export function sameAddresses(sent: readonly KindedAddressInput<string>[], stored: readonly KindedAddressInput<string>[] | undefined): boolean {
  const before = [...(stored ?? [])].map(core).sort();
  const after = sent.map(core).sort();
  return before.length === after.length && before.every((entry, index) => entry === after[index]);
}

/**
 * Server field errors name addresses by their position in what was sent (`addresses.1.city`); the
 * form has one block per kind, so they are moved to `addressForm.<kind>.city`. `prefix` is where
 * the addresses sit in the body (`mainContact.` for a nested record).
 */
export function remapAddressErrors(errors: Record<string, unknown>, sent: unknown, prefix = ""): void {
  const addresses = typeof sent === "object" && sent !== null && "addresses" in sent && Array.isArray(sent.addresses) ? (sent.addresses as KindedAddressInput<string>[]) : [];
  const escaped = prefix.replace(/[.]/g, "\\.");
  for (const key of Object.keys(errors)) {
    const match = new RegExp(`^${escaped}addresses\\.(\\d+)(?:\\.(.+))?$`).exec(key);
    const kind = match ? addresses[Number(match[1])]?.kind : undefined;
    if (!match || !kind) continue;
    errors[`${prefix}${ADDRESS_FORM_SOURCE}.${kind}.${match[2] ?? "kind"}`] = errors[key];
    delete errors[key];
  }
}

export type AddressValidator<V> = (value: unknown, values: V) => string | undefined;
export interface AddressValidators<V> {
  firstLine: AddressValidator<V>;
  postalCode: AddressValidator<V>;
  city: AddressValidator<V>;
}

type WithAddressForm = { addressForm?: Partial<Record<string, AddressDraft | null>> };

/**
 * Input validators of an address block (form-level validation would switch the inputs' own off):
 * a started block needs a street line, a postal code and a city. `extra` adds a rule on the first
 * line once it is filled (a secondary address needs a main one…).
 */
export function draftValidators<V extends WithAddressForm>(kind: string, extra?: (values: V) => string | undefined): AddressValidators<V> {
  const draftOf = (values: V) => values.addressForm?.[kind];
  const started = (values: V) => !isEmptyDraft(draftOf(values));
  return {
    firstLine: (_value, values) => {
      if (!started(values)) return undefined;
      if ((draftOf(values)?.lines ?? []).every((line) => clean(line) === "")) return "adhesia.address.line_required";
      return extra?.(values);
    },
    postalCode: (value, values) => (started(values) && !clean(value) ? "ra.validation.required" : undefined),
    city: (value, values) => (started(values) && !clean(value) ? "ra.validation.required" : undefined),
  };
}
