import { parseFrenchPhone } from "../../platform/identifiers/index.js";
import { normaliseText } from "../reference-data/index.js";
import { canonicalFirstName } from "./first-names.js";

// The French-aware forms records are compared in. Every function is total: empty or missing input
// gives "" (or no form), which the matching reads as "field missing", never as a match.
// docs/domain/dedup.md shows each step with examples.

/**
 * Leading words that may or may not be written, or may be glued to the name: "de La Fontaine",
 * "La Fontaine", "Lafontaine"; "d'Arc", "Darc", "Arc"; "van der Berg"; "El Amrani".
 */
const particles: ReadonlySet<string> = new Set(["de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "den", "ter", "ten", "di", "da", "del", "della", "dos", "das", "do", "el", "al"]);

/** "St-Exupéry" and "Saint-Exupéry" are the same name; the abbreviation is everywhere in records. */
const abbreviations: Readonly<Record<string, string>> = { st: "saint", ste: "sainte" };

/** Legal-form words, which one entry path writes and another leaves out ("SARL Dupont" = "Dupont"). */
const legalForms: ReadonlySet<string> = new Set([
  "sa", "sas", "sasu", "sarl", "eurl", "eirl", "ei", "sci", "snc", "scs", "sca", "scop", "scp", "scm", "sel", "selarl", "selas", "selafa", "selca", "gie", "gaec", "earl", "sem", "sep",
]);

/** Lower case, no accents, every run of characters that is not a letter or a digit turned into one space. */
function words(text: string): string[] {
  const plain = normaliseText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return plain === "" ? [] : plain.split(" ");
}

/**
 * The forms of a family name, glued (spaces dropped), the full name first, then without each
 * leading particle in turn: "de La Fontaine" → ["delafontaine", "lafontaine", "fontaine"];
 * "N'Diaye" → ["ndiaye"]; "St-Exupéry" → ["saintexupery"]. Two names are the same when their
 * forms share one: "Lafontaine" and "Fontaine" both meet "de La Fontaine", but "Fontaine" does
 * not meet "Lafontaine" (a particle glued to the name is part of it).
 */
export function familyNameForms(name: string | null | undefined): string[] {
  if (!name) return [];
  const parts = words(name).map((word) => abbreviations[word] ?? word);
  const forms: string[] = [];
  for (let start = 0; start < parts.length; start += 1) {
    forms.push(parts.slice(start).join(""));
    const isLastWord = start === parts.length - 1;
    if (isLastWord || !particles.has(parts[start] ?? "")) break;
  }
  return forms;
}

/**
 * The canonical form of a first name: each word (and the whole name, for "Abdel Kader") in its
 * canonical spelling, glued: "Jean-Pierre" → "jeanpierre"; "Mohammed" → "mohamed".
 */
export function firstNameForm(name: string | null | undefined): string {
  if (!name) return "";
  const glued = words(name)
    .map(canonicalFirstName)
    .join("");
  return canonicalFirstName(glued);
}

/**
 * A company name without legal-form words, "&" read as "et", dots of acronyms dropped, glued:
 * "S.A.R.L. Dupont & Fils" → "dupontetfils". A name made only of legal-form words is kept whole.
 */
export function companyNameForm(name: string | null | undefined): string {
  if (!name) return "";
  const all = words(name.replace(/&/g, " et ").replace(/\./g, ""));
  const kept = all.filter((word) => !legalForms.has(word));
  return (kept.length > 0 ? kept : all).join("");
}

/** As typed, trimmed and with runs of white space collapsed: the form the "exact" method compares. */
export function trimmedText(value: string | null | undefined): string {
  return value ? value.trim().replace(/\s+/g, " ") : "";
}

/**
 * E-mail addresses compared case-insensitively, trimmed. Dots and "+tags" are kept: at many
 * providers "jean.dupont@" and "jeandupont@", or "a+b@" and "a@", are different mailboxes.
 */
export function emailForm(email: string | null | undefined): string {
  return email ? email.trim().toLowerCase() : "";
}

/** E.164 for any number a French user types; a value that is not a phone number keeps its digits and "+". */
export function phoneForm(phone: string | null | undefined): string {
  if (!phone) return "";
  const parsed = parseFrenchPhone(phone);
  return parsed.ok ? parsed.e164 : phone.replace(/[^\d+]/g, "");
}

/** SIREN, SIRET: digits only, whatever spaces or dots they were pasted with. */
export function digitsForm(value: string | null | undefined): string {
  return value ? value.replace(/\D/g, "") : "";
}

/** Postal codes without spaces ("75 011" is "75011"). */
export function postalCodeForm(value: string | null | undefined): string {
  return value ? value.replace(/\s+/g, "") : "";
}
