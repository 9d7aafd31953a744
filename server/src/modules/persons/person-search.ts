import { phoneSearchKeys } from "../../platform/identifiers/index.js";
import { normaliseText } from "../reference-data/index.js";

/** What a search box query is about; each kind is answered by its own index. */
export type PersonQuery =
  | { kind: "email"; value: string }
  | { kind: "phone"; keys: string[] }
  | { kind: "postal_code"; value: string }
  | { kind: "name"; value: string };

/**
 * Reads a free query the way an advisor types it: an e-mail has an @, five digits are a postal
 * code, a number in any French format is a phone, anything else is a name.
 */
export function classifyPersonQuery(query: string): PersonQuery | undefined {
  const trimmed = query.trim();
  if (trimmed === "") return undefined;
  if (trimmed.includes("@")) return { kind: "email", value: trimmed.toLowerCase() };
  if (/^\d{5}$/.test(trimmed)) return { kind: "postal_code", value: trimmed };
  const keys = phoneSearchKeys(trimmed);
  if (keys.length > 0) return { kind: "phone", keys };
  const name = searchableName(trimmed);
  return name === "" ? undefined : { kind: "name", value: name };
}

/** The form names are stored and searched in: "Le Hénaff-D'Arc" → "le henaff d arc". */
export function searchableName(...parts: Array<string | null | undefined>): string {
  return normaliseText(parts.filter((part): part is string => typeof part === "string" && part !== "").join(" "));
}
