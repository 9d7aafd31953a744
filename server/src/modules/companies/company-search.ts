import { phoneSearchKeys } from "../../platform/identifiers/index.js";
import { searchableName } from "../persons/index.js";

/** What a search box query is about; each kind is answered by its own index. */
export type CompanyQuery =
  | { kind: "email"; value: string }
  | { kind: "postal_code"; value: string }
  /** Digits only: the start of a SIREN or SIRET, or of a phone number. */
  | { kind: "number"; digits: string; phoneKeys: string[] }
  | { kind: "phone"; keys: string[] }
  | { kind: "name"; value: string };

/**
 * Reads a free query the way an advisor types it: an e-mail has an @, five digits are a postal
 * code, digits grouped by spaces ("732 829 320", "732 829 320 00074") are a SIREN or SIRET (or
 * the start of one, or a phone number written without separators), a number in any French phone
 * format is a phone, anything else is a name.
 */
export function classifyCompanyQuery(query: string): CompanyQuery | undefined {
  const trimmed = query.trim();
  if (trimmed === "") return undefined;
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  if (/^\d{5}$/.test(trimmed)) return { kind: "postal_code", value: trimmed };
  if (/^[\d\s]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\s+/g, "");
    if (digits.length >= 3 && digits.length <= 14) return { kind: "number", digits, phoneKeys: phoneSearchKeys(trimmed) };
  }
  const keys = phoneSearchKeys(trimmed);
  if (keys.length > 0) return { kind: "phone", keys };
  const name = searchableName(trimmed);
  return name === "" ? undefined : { kind: "name", value: name };
}
