import { isFilled } from "./fieldDiff";
import { SCREENS } from "./screens";
import type { DuplicateTarget } from "./types";

/** The fields of a draft POST /duplicates/check compares (its other fields are ignored by the server anyway). */
const COMPARED: Readonly<Record<DuplicateTarget, readonly string[]>> = {
  person: ["lastName", "firstName", "birthName", "birthDate", "email", "mobilePhone", "landlinePhone"],
  company: ["name", "siren", "siret", "email", "phone"],
};

function mainPostalCode(target: DuplicateTarget, draft: Readonly<Record<string, unknown>>): string | undefined {
  const addresses = Array.isArray(draft.addresses) ? (draft.addresses as Array<{ kind?: unknown; postalCode?: unknown }>) : [];
  const main = addresses.find((address) => address.kind === SCREENS[target].mainAddressKind);
  return typeof main?.postalCode === "string" && main.postalCode.trim() ? main.postalCode.trim() : undefined;
}

/**
 * What to check while the user types, or null while too little is typed to say anything: a person
 * needs a last name with first name and birth date, an e-mail or a mobile; a company its name with
 * a SIREN, a SIRET or the head office's postal code (the rules the tenant starts with).
 */
export function checkableDraft(target: DuplicateTarget, draft: Readonly<Record<string, unknown>>): Record<string, unknown> | null {
  const filled = (field: string) => isFilled(draft[field]);
  const postalCode = mainPostalCode(target, draft);
  const enough =
    target === "person"
      ? filled("lastName") && ((filled("firstName") && filled("birthDate")) || filled("email") || filled("mobilePhone"))
      : filled("name") && (filled("siren") || filled("siret") || postalCode !== undefined);
  if (!enough) return null;
  const record: Record<string, unknown> = Object.fromEntries(COMPARED[target].filter(filled).map((field) => [field, draft[field]]));
  if (postalCode) record.postalCode = postalCode;
  return record;
}
