// RNVP: a postal address rewritten to AFNOR NF Z10-011 (six lines of at most 38 characters, fixed
// line order, upper case, La Poste's libellé on the last line). Rules and sources: docs/domain/rnvp.md.
import { fitLine } from "./rnvp-abbreviations.js";
import { toDeliveryLines } from "./rnvp-lines.js";
import { checkLocality, type LocalityCheck, type RnvpSuggestion } from "./rnvp-locality.js";
import { asTyped, toPostalCase, toPostalWords } from "./rnvp-text.js";

export type { RnvpSuggestion };

export interface RnvpInput {
  /** Line 1: person or firm. */
  recipient?: string;
  /** Everything between the recipient and the postal code, in any order. */
  lines: string[];
  postalCode: string;
  /** Locality, with "CEDEX nn" when the code is a CEDEX code. */
  city: string;
  /** Absent, or any spelling of France, for a French address. */
  country?: string;
}

/**
 * valid: only upper-casing and trimming were needed; corrected: anything else changed (accents,
 * punctuation, order, abbreviation, cut, locality spelling); unknown_locality: the postal code and
 * locality pair is not in La Poste's base.
 */
export type RnvpStatus = "valid" | "corrected" | "unknown_locality";

export interface RnvpResult {
  lines: string[];
  status: RnvpStatus;
  /** Only with unknown_locality: at most 10 pairs, written as line 6 would print them. */
  suggestions?: RnvpSuggestion[];
  /** A line was still over 38 characters once abbreviated: it was cut at a word, and lost its end. */
  truncated?: true;
}

/** La Poste shortens street lines beyond 32 characters, other lines only beyond 38. */
export const streetAbbreviationLength = 32;

// Overseas departments are France for La Poste: no country line, same referential.
const franceNames: ReadonlySet<string> = new Set([
  "FRANCE", "FR", "FRA", "FRANCE METROPOLITAINE", "REPUBLIQUE FRANCAISE",
  "GUADELOUPE", "MARTINIQUE", "GUYANE", "GUYANE FRANCAISE", "REUNION", "LA REUNION", "MAYOTTE",
]);

/** Whether an address in this country goes by La Poste's French rules: no country given, or France or an overseas department. */
export function isFrench(country: string | undefined): boolean {
  const words = toPostalWords(country ?? "");
  return words === "" || franceNames.has(words);
}

/** Rewrites an address to NF Z10-011. Pure: the only data read is the postal-code referential. */
export function normaliseAddress(input: RnvpInput): RnvpResult {
  const country = toPostalWords(input.country ?? "");
  const abroad = !isFrench(input.country);
  const typedLocality = `${input.postalCode} ${input.city}`;
  const freeLines = input.lines.filter((line) => line.trim() !== "" && !repeatsLocality(line, typedLocality));
  const { recipient, delivery } = toDeliveryLines(freeLines, input.recipient);
  const locality: LocalityCheck = abroad
    ? { line: toPostalWords(typedLocality), known: true }
    : checkLocality(input.postalCode, input.city);
  const fitted = [
    fitLine(toPostalCase(recipient)),
    fitLine(delivery[2], { dropArticles: true }),
    fitLine(delivery[3], { dropArticles: true }),
    fitLine(delivery[4], { preferredLength: streetAbbreviationLength, dropArticles: true }),
    fitLine(delivery[5], { dropArticles: true }),
    fitLine(locality.line),
    fitLine(abroad ? country : ""),
  ];
  const lines = fitted.map((line) => line.text).filter((line) => line !== "");
  const truncated = fitted.some((line) => line.cut) ? { truncated: true as const } : {};
  if (!locality.known) return { lines, status: "unknown_locality", suggestions: locality.suggestions ?? [], ...truncated };
  const typed = [input.recipient ?? "", ...input.lines, typedLocality, abroad ? (input.country ?? "") : ""];
  return { lines, status: sameLines(lines, typed.map(asTyped)) ? "valid" : "corrected", ...truncated };
}

/** CRM imports often repeat "75011 Paris" among the street lines; line 6 already carries it. */
function repeatsLocality(line: string, typedLocality: string): boolean {
  return toPostalWords(line) === toPostalWords(typedLocality);
}

function sameLines(output: readonly string[], typed: readonly string[]): boolean {
  const nonEmpty = typed.filter((line) => line !== "");
  return output.length === nonEmpty.length && output.every((line, index) => line === nonEmpty[index]);
}
