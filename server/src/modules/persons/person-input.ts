import { parseFrenchPhone } from "../../platform/identifiers/index.js";
import type { FieldError } from "../../platform/http/problem.js";
import type { DuplicateResolution } from "../../platform/records/hooks.js";
import type { addressKinds, civilities, personCategories } from "./schema.js";

/** A postal address as typed, whatever record it belongs to. */
export interface PostalAddressInput {
  lines: string[];
  postalCode: string;
  city: string;
  country?: string | undefined;
}

export interface AddressInput extends PostalAddressInput {
  kind: (typeof addressKinds)[number];
}

/** What a client may write on a person; `nature` is absent on purpose: it is derived. */
export interface PersonInput {
  /** Create anyway although the entry matched these records (docs/domain/dedup.md). */
  duplicateResolution?: DuplicateResolution | undefined;
  category: (typeof personCategories)[number];
  civility?: (typeof civilities)[number] | null | undefined;
  lastName: string;
  firstName?: string | null | undefined;
  birthName?: string | null | undefined;
  birthDate?: string | null | undefined;
  email?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  landlinePhone?: string | null | undefined;
  profession?: string | null | undefined;
  socialRegime?: string | null | undefined;
  localRegime?: boolean | undefined;
  title?: string | null | undefined;
  originId: string;
  prescriberPersonId?: string | null | undefined;
  prescriberCompanyId?: string | null | undefined;
  importance?: string | null | undefined;
  markers?: string[] | undefined;
  pep?: boolean | undefined;
  assetFreeze?: boolean | undefined;
  protectedAdult?: boolean | undefined;
  c2sBeneficiary?: boolean | undefined;
  customFields?: Record<string, unknown> | undefined;
  portalAccess?: boolean | undefined;
  portalAccessSince?: string | null | undefined;
  paperlessStatements?: boolean | undefined;
  paperlessSince?: string | null | undefined;
  professionalCompanyName?: string | null | undefined;
  professionalEmail?: string | null | undefined;
  professionalPhone?: string | null | undefined;
  functions?: string | null | undefined;
  madelinEligible?: boolean | undefined;
  businessCreator?: boolean | undefined;
  addresses?: AddressInput[] | undefined;
}

export type PersonChange = Partial<PersonInput> & { version: number };

/** Fields only a holder of person:write_sensitive may set (anti-money-laundering screening). */
export const sensitiveFields = ["pep", "assetFreeze"] as const;

const phoneFields = [
  { field: "mobilePhone", expected: "mobile" },
  { field: "landlinePhone", expected: undefined },
  { field: "professionalPhone", expected: undefined },
] as const;

/**
 * Checks what no schema can: phones that exist (stored in E.164), a birth date in the past, one
 * address per kind, a secondary address only beside a main one, professional data only on a
 * professional. Returns the values to store and the errors, field by field.
 */
export function checkPersonInput<T extends Partial<PersonInput>>(input: T, today: string): { values: T; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: T = { ...input };
  for (const { field, expected } of phoneFields) {
    const typed = input[field];
    if (typed === undefined || typed === null || typed.trim() === "") {
      if (typed !== undefined) values[field] = null;
      continue;
    }
    const phone = parseFrenchPhone(typed, expected);
    if (phone.ok) values[field] = phone.e164;
    else errors.push({ path: field, code: phone.reason === "not_mobile" ? "person.not_mobile_phone" : "person.invalid_phone" });
  }
  if (input.email) values.email = input.email.trim().toLowerCase();
  if (input.professionalEmail) values.professionalEmail = input.professionalEmail.trim().toLowerCase();
  if (input.birthDate && (input.birthDate > today || input.birthDate < "1900-01-01")) errors.push({ path: "birthDate", code: "person.invalid_birth_date" });
  if (input.addresses) errors.push(...addressErrors(input.addresses));
  return { values, errors };
}

function addressErrors(addresses: AddressInput[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  addresses.forEach((address, index) => {
    if (seen.has(address.kind)) errors.push({ path: `addresses.${index}.kind`, code: "person.duplicate_address_kind" });
    seen.add(address.kind);
  });
  const secondary = addresses.findIndex((address) => address.kind === "secondary");
  if (secondary >= 0 && !seen.has("main")) errors.push({ path: `addresses.${secondary}.kind`, code: "person.secondary_without_main" });
  return errors;
}

/** Professional contact data is kept only for professionals: an individual's is refused, not dropped. */
export function professionalFieldErrors(category: PersonInput["category"], input: Partial<PersonInput>): FieldError[] {
  if (category === "professional") return [];
  const professionalOnly = ["professionalCompanyName", "professionalEmail", "professionalPhone", "functions"] as const;
  const errors: FieldError[] = professionalOnly.filter((field) => input[field]).map((field) => ({ path: field, code: "person.professional_only" }));
  if (input.madelinEligible) errors.push({ path: "madelinEligible", code: "person.professional_only" });
  if (input.businessCreator) errors.push({ path: "businessCreator", code: "person.professional_only" });
  (input.addresses ?? []).forEach((address, index) => {
    if (address.kind === "professional") errors.push({ path: `addresses.${index}.kind`, code: "person.professional_only" });
  });
  return errors;
}
