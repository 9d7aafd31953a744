// Sorts the free address lines into AFNOR lines 2 to 5 with keyword heuristics: people type these
// lines in any order and the norm fixes one (recipient complement, building, street, delivery point).
import { toPostalCase, toPostalWords } from "./rnvp-text.js";

/** AFNOR line numbers a free line can land on. */
export type DeliverySlot = 2 | 3 | 4 | 5;

/** The text of each of lines 2 to 5, "" when no input line went there. */
export type DeliveryLines = Readonly<Record<DeliverySlot, string>>;

const streetTypes: ReadonlySet<string> = new Set([
  "ALL", "ALLEE", "AV", "AVENUE", "BD", "BOULEVARD", "CARREFOUR", "CHAUSSEE", "CHE", "CHEMIN", "CITE",
  "CORNICHE", "COURS", "CRS", "ESPLANADE", "FAUBOURG", "FG", "IMP", "IMPASSE", "MONTEE", "PARVIS",
  "PASSAGE", "PL", "PLACE", "PROMENADE", "QUAI", "QUARTIER", "ROND", "ROUTE", "RTE", "RUE", "RUELLE",
  "SENTIER", "SQUARE", "TRAVERSE", "VILLA", "VOIE",
]);
const recipientComplementWords: ReadonlySet<string> = new Set([
  "APP", "APPARTEMENT", "APPT", "APT", "CHEZ", "COULOIR", "DIRECTION", "ESC", "ESCALIER", "ETAGE", "ETG",
  "RDC", "SERVICE",
]);
const buildingComplementWords: ReadonlySet<string> = new Set([
  "BAT", "BATIMENT", "ENTREE", "IMM", "IMMEUBLE", "RES", "RESIDENCE", "TOUR", "ZA", "ZAC", "ZI", "ZONE",
]);
// "B P" and "C S" are what "B.P." and "C.S." become once punctuation is gone.
const specialDistributionStarts = [
  "BP", "CS", "TSA", "LD", "B P", "C S", "T S A", "BOITE POSTALE", "CASE POSTALE", "LIEU DIT",
];
const numberExtensions: Readonly<Record<string, string>> = {
  B: "BIS", BIS: "BIS", T: "TER", TER: "TER", Q: "QUATER", QUATER: "QUATER",
};

// Words that tell a first line names the recipient when none was given apart: a civility, or a
// legal form or kind of organisation ("SOCIETE MARTIN", "ACME SA").
const civilities: ReadonlySet<string> = new Set(["M", "MR", "MME", "MLLE", "MM", "ME", "MONSIEUR", "MADAME", "MADEMOISELLE", "MESSIEURS", "MAITRE"]);
const organisationWords: ReadonlySet<string> = new Set([
  "SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SCP", "SCM", "SNC", "SELARL", "SELAS", "SOCIETE", "ETS",
  "ETABLISSEMENTS", "ASSOCIATION", "CABINET", "MUTUELLE", "GROUPE",
]);

/**
 * The recipient (line 1) and lines 2 to 5. Without a recipient given apart, a first line that names
 * a person or an organisation is the recipient, not a building or a lieu-dit. A line holding parts
 * of several AFNOR lines, separated by commas ("Résidence les Flamboyants, bât. B, appt 12"), is
 * read part by part. Several parts landing on one line are joined, in input order.
 */
export function toDeliveryLines(lines: readonly string[], recipient?: string): { recipient: string; delivery: DeliveryLines } {
  const [first, ...others] = lines;
  if (!recipient && first !== undefined && namesRecipient(first)) return { recipient: first, delivery: deliveryLinesOf(others) };
  return { recipient: recipient ?? "", delivery: deliveryLinesOf(lines) };
}

function namesRecipient(line: string): boolean {
  const words = toPostalWords(line).split(" ");
  return kindOf(words) === "place" && (civilities.has(words[0] ?? "") || words.some((word) => organisationWords.has(word)));
}

/**
 * The comma-separated parts of a line when they belong on different AFNOR lines, each classified by
 * a keyword or a number (a bare name only before a street part: the building's); otherwise the line
 * whole ("12, rue de la Paix" is one street, "Appt 3, 2e étage" one complement).
 */
function partsOf(line: string): string[] {
  const parts = line.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "");
  if (parts.length < 2) return [line];
  const kinds = parts.map((part) => kindOf(formatStreet(part).split(" ")));
  const street = kinds.indexOf(4);
  const placed = kinds.every((kind, index) => kind !== "place" || (street >= 0 && index < street));
  return placed && new Set(kinds).size > 1 ? parts : [line];
}

function deliveryLinesOf(typed: readonly string[]): DeliveryLines {
  const lines = typed.flatMap(partsOf);
  const streets = lines.map(formatStreet);
  const kinds = streets.map((street) => kindOf(street.split(" ")));
  const firstStreet = kinds.indexOf(4);
  const grouped: Record<DeliverySlot, string[]> = { 2: [], 3: [], 4: [], 5: [] };
  kinds.forEach((kind, index) => {
    // A bare name before the street names the building ("Les Jardins d'Arcadie"); after it, or with
    // no street at all, it is a lieu-dit ("Caudos" in La Poste's own example).
    const slot: DeliverySlot = kind !== "place" ? kind : firstStreet >= 0 && index < firstStreet ? 3 : 5;
    grouped[slot].push(formatFor(slot, lines[index] ?? "", streets[index] ?? ""));
  });
  return { 2: grouped[2].join(" "), 3: grouped[3].join(" "), 4: grouped[4].join(" "), 5: grouped[5].join(" ") };
}

function kindOf(words: readonly string[]): DeliverySlot | "place" {
  if (isSpecialDistribution(words)) return 5;
  if (isStreet(words)) return 4;
  if (words.some((word) => recipientComplementWords.has(word))) return 2;
  if (words.some((word) => buildingComplementWords.has(word))) return 3;
  if (/^\d/.test(words[0] ?? "")) return 4;
  return "place";
}

function isSpecialDistribution(words: readonly string[]): boolean {
  const line = words.join(" ");
  return specialDistributionStarts.some((start) => line === start || line.startsWith(`${start} `));
}

/** "RUE …", "12 RUE …", "12 BIS RUE …", "12 A RUE …": a street type right after the optional number. */
function isStreet(words: readonly string[]): boolean {
  let index = 0;
  if (/^\d+$/.test(words[index] ?? "")) index += 1;
  if (index > 0 && /^(BIS|TER|QUATER|[A-Z])$/.test(words[index] ?? "")) index += 1;
  return streetTypes.has(words[index] ?? "");
}

function formatFor(slot: DeliverySlot, line: string, street: string): string {
  if (slot === 4) return street;
  if (slot === 5) return toPostalWords(line).replace(/^(B P|C S|T S A)(?= |$)/, (mention) => mention.replace(/ /g, ""));
  return toPostalCase(line);
}

/** Line 4 form: no punctuation, one number only ("15/17" → "15", as La Poste asks), spelled-out extension. */
export function formatStreet(line: string): string {
  const firstNumberOnly = line.trim().replace(/^(\d+)\s*[-/&]\s*\d+(?!\d)/, "$1");
  return toPostalWords(firstNumberOnly).replace(
    /^(\d+) ?(BIS|TER|QUATER|B|T|Q)(?= |$)/,
    (_match, number: string, extension: string) => `${number} ${numberExtensions[extension] ?? extension}`,
  );
}
