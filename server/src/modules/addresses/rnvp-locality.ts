// Line 6 of a French address: the postal code and La Poste's libellé d'acheminement, checked against
// the postal-code referential so that mail is routed by the name La Poste expects.
import { findCommunes, normaliseText, searchPostalCodes, type PostalCodeEntry } from "../reference-data/index.js";
import { toPostalWords } from "./rnvp-text.js";

export interface RnvpSuggestion {
  postalCode: string;
  city: string;
}

export interface LocalityCheck {
  /** "POSTAL_CODE LOCALITY[ CEDEX nn]", without punctuation. */
  line: string;
  known: boolean;
  /** Set when the pair is unknown: candidates written as line 6 would print them. */
  suggestions?: RnvpSuggestion[];
}

export const maxSuggestions = 10;
// No cut: more entries than any department or city name has (suggestions are cut after de-duplication).
const everyMatch = 10_000;
// La Poste abbreviates Saint in libellés ("ST ETIENNE L ALLIER"), people type either form.
const spelledOutSaints: Readonly<Record<string, string>> = {
  st: "saint", ste: "sainte", sts: "saints", stes: "saintes",
};

export function checkLocality(postalCode: string, city: string): LocalityCheck {
  const code = postalCode.replace(/\s+/g, "");
  const { name, cedex } = splitCedex(toPostalWords(city));
  const typedLine = joinWords(code, name, cedex);
  if (!/^\d{5}$/.test(code)) return { line: typedLine, known: false, suggestions: suggest([], name) };
  const communes = findCommunes(code);
  // CEDEX codes belong to firms and are not in the referential: the locality is checked within the department.
  const found = matchLocality(communes, name) ?? (cedex ? matchLocality(sameDepartment(code), name) : undefined);
  if (found) return { line: joinWords(code, laPosteLabel(found), cedex), known: true };
  return { line: typedLine, known: false, suggestions: suggest(communes, name) };
}

/** "PARIS CEDEX 07" → PARIS + "CEDEX 07"; a town named like "…CEDEX" does not exist. */
function splitCedex(city: string): { name: string; cedex: string } {
  const match = /^(.*?) ?\bCEDEX(?: (\d{1,3}))?$/.exec(city);
  if (!match) return { name: city, cedex: "" };
  return { name: match[1] ?? "", cedex: match[2] ? `CEDEX ${match[2]}` : "CEDEX" };
}

function joinWords(...parts: string[]): string {
  return parts.filter((part) => part !== "").join(" ");
}

/** The entry whose libellé or commune name reads like the typed name; La Poste's own spelling wins ties. */
function matchLocality(entries: readonly PostalCodeEntry[], name: string): PostalCodeEntry | undefined {
  const typed = comparable(name);
  const matching = entries.filter((entry) => comparableNames(entry).includes(typed));
  return matching.find((entry) => laPosteLabel(entry) === name) ?? matching[0];
}

/** The referential's entries never change: their comparable names are worked out once each. */
const comparableNamesOfEntry = new WeakMap<PostalCodeEntry, readonly string[]>();

/** The libellé, the commune name and La Poste's label of an entry, as `comparable` gives them. */
function comparableNames(entry: PostalCodeEntry): readonly string[] {
  let names = comparableNamesOfEntry.get(entry);
  if (!names) {
    names = [entry.city, entry.communeName, laPosteLabel(entry)].map(comparable);
    comparableNamesOfEntry.set(entry, names);
  }
  return names;
}

/** Accents, case, hyphens, apostrophes, punctuation and ST/SAINT ignored. */
function comparable(text: string): string {
  return normaliseText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => spelledOutSaints[word] ?? word)
    .join(" ");
}

function sameDepartment(code: string): PostalCodeEntry[] {
  // Overseas codes share "97"; their department is the first three digits (974 La Réunion).
  const department = code.slice(0, /^9[78]/.test(code) ? 3 : 2);
  return searchPostalCodes(department, { limit: everyMatch });
}

/**
 * The libellé d'acheminement as line 6 carries it: no punctuation, and a trailing article put back in
 * front, since the referential files "LES BAUX DE PROVENCE" as "BAUX-DE-PROVENCE (LES)".
 */
export function laPosteLabel(entry: PostalCodeEntry): string {
  const article = /^(.*?) ?\((LES|LE|LA|L ?'?) ?\)$/.exec(entry.city);
  const label = article ? `${article[2] ?? ""} ${article[1] ?? ""}` : entry.city;
  return toPostalWords(label);
}

/** The communes of the typed code when it exists, else the communes named like the typed city. */
function suggest(communes: readonly PostalCodeEntry[], name: string): RnvpSuggestion[] {
  const candidates = communes.length > 0 ? communes : name === "" ? [] : searchPostalCodes(name, { limit: everyMatch });
  const seen = new Set<string>();
  const suggestions: RnvpSuggestion[] = [];
  for (const entry of candidates) {
    const suggestion = { postalCode: entry.postalCode, city: laPosteLabel(entry) };
    const key = `${suggestion.postalCode} ${suggestion.city}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push(suggestion);
    if (suggestions.length === maxSuggestions) break;
  }
  return suggestions;
}
