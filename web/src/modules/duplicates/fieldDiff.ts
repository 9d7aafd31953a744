import { sameAddresses } from "../../ui/addresses/addressForm";
import type { KindedAddressInput } from "../../ui/addresses/types";
import type { FieldChoice } from "./types";

/**
 * Fields no merge choice reaches (server/src/modules/duplicates/merge-kinds.ts): keys, bookkeeping,
 * what the server derives, what it combines rather than chooses (markers are pooled, custom fields
 * completed), and parts of a POST body that are no field of the record.
 */
const NOT_CHOSEN = new Set(["id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "nature", "searchName", "markers", "customFields", "addresses", "mainContact", "duplicateResolution"]);

/** The pseudo-field of the address choice: `addresses: "source"` takes the other side's addresses by kind. */
export const ADDRESSES = "addresses";

export type FieldValue = string | number | boolean | null;
type Addresses = readonly KindedAddressInput<string>[];

/** One row of the side-by-side chooser: the kept record's value and the other side's. */
export interface FieldDifference {
  field: string;
  target: FieldValue | Addresses;
  source: FieldValue | Addresses;
}

type Values = Readonly<Record<string, unknown>>;

const isScalar = (value: unknown): value is FieldValue => value === null || ["string", "number", "boolean"].includes(typeof value);

/** Whether a value says something (a draft's blank texts and unticked boxes say nothing). */
export function isFilled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== undefined && value !== "" && value !== false;
}

/** Phones are compared on their digits in the national form: "06 12 34 56 78" is "+33612345678". */
function comparable(field: string, value: FieldValue): FieldValue {
  if (typeof value !== "string") return value;
  if (/phone/i.test(field)) return value.replace(/[^\d+]/g, "").replace(/^\+33/, "0");
  return value.trim();
}

const sameValue = (field: string, a: FieldValue, b: FieldValue) => comparable(field, a) === comparable(field, b);

const addressesOf = (values: Values): Addresses => (Array.isArray(values.addresses) ? (values.addresses as Addresses) : []);

/**
 * The fields where two records differ, in the kept record's field order (then the other's), and
 * `addresses` last when they differ. `onlyFilledSource`: a draft's empty fields are no proposal.
 */
export function differingFields(target: Values, source: Values, { onlyFilledSource = false } = {}): FieldDifference[] {
  const fields = [...new Set([...Object.keys(target), ...Object.keys(source)])].filter((field) => !NOT_CHOSEN.has(field));
  const differences: FieldDifference[] = [];
  for (const field of fields) {
    const kept = target[field] ?? null;
    const other = source[field] ?? null;
    if (!isScalar(kept) || !isScalar(other) || sameValue(field, kept, other)) continue;
    if (onlyFilledSource && !isFilled(other)) continue;
    differences.push({ field, target: kept, source: other });
  }
  const keptAddresses = addressesOf(target);
  const otherAddresses = addressesOf(source);
  if ((!onlyFilledSource || otherAddresses.length > 0) && !sameAddresses(otherAddresses, keptAddresses)) {
    differences.push({ field: ADDRESSES, target: keptAddresses, source: otherAddresses });
  }
  return differences;
}

/** What the chooser starts with: the kept record's value, unless it has none and the other side has one. */
export function defaultChoices(differences: readonly FieldDifference[]): Record<string, FieldChoice> {
  return Object.fromEntries(differences.map(({ field, target, source }) => [field, !isFilled(target) && isFilled(source) ? "source" : "target"]));
}

/** Addresses after taking `typed` ones by kind: a typed kind replaces the stored one, the other kinds stay. */
export function addressesTakingTyped(stored: Addresses, typed: Addresses): KindedAddressInput<string>[] {
  const typedKinds = new Set(typed.map((address) => address.kind));
  const kept = stored.filter((address) => !typedKinds.has(address.kind)).map(({ kind, lines, postalCode, city, country }) => ({ kind, lines, postalCode, city, ...(country ? { country } : {}) }));
  return [...kept, ...typed];
}

/**
 * PATCH body that merges a draft into an existing record: the draft's values for the fields chosen
 * "source", with the record's version (a concurrent change answers 409). Nothing else is sent.
 */
export function entryMergePatch(existing: Values, draft: Values, choices: Readonly<Record<string, FieldChoice>>): Record<string, unknown> {
  const patch: Record<string, unknown> = { version: existing.version };
  for (const [field, choice] of Object.entries(choices)) {
    if (choice !== "source") continue;
    patch[field] = field === ADDRESSES ? addressesTakingTyped(addressesOf(existing), addressesOf(draft)) : draft[field];
  }
  return patch;
}

/** Whether the entry merge changes anything (otherwise only the existing record is opened). */
export const changesSomething = (patch: Record<string, unknown>): boolean => Object.keys(patch).some((field) => field !== "version");
