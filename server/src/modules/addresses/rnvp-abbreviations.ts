// La Poste's standard abbreviations (NF Z10-011 word list, as La Poste and INSEE publish it), used only
// when a line is too long: La Poste asks for full words otherwise ("AVENUE DES FLEURS" stays whole).
// The list and its sources are in docs/domain/rnvp.md; keep both in step.
import { maxLineLength } from "./rnvp-text.js";

/** Full word or phrase (upper case, no accents, words separated by one space) → standard abbreviation. */
export const standardAbbreviations: ReadonlyMap<string, string> = new Map([
  // Street types (line 4) and places (line 5).
  ["ALLEE", "ALL"],
  ["AVENUE", "AV"],
  ["BOULEVARD", "BD"],
  ["CARREFOUR", "CAR"],
  ["CHAUSSEE", "CHS"],
  ["CHEMIN", "CHE"],
  ["COURS", "CRS"],
  ["DOMAINE", "DOM"],
  ["ESPLANADE", "ESP"],
  ["FAUBOURG", "FG"],
  ["HAMEAU", "HAM"],
  ["IMPASSE", "IMP"],
  ["LIEU DIT", "LD"],
  ["LOTISSEMENT", "LOT"],
  ["MONTEE", "MTE"],
  ["PASSAGE", "PAS"],
  ["PLACE", "PL"],
  ["PLAINE", "PLN"],
  ["PLATEAU", "PLT"],
  ["QUARTIER", "QUA"],
  ["ROND POINT", "RPT"],
  ["ROUTE", "RTE"],
  ["SQUARE", "SQ"],
  ["TRAVERSE", "TRA"],
  ["VILLA", "VLA"],
  // Complements of the recipient and of the building (lines 2 and 3), special distribution (line 5).
  ["APPARTEMENT", "APT"],
  ["BATIMENT", "BAT"],
  ["ENTREE", "ENT"],
  ["ESCALIER", "ESC"],
  ["ETAGE", "ETG"],
  ["IMMEUBLE", "IMM"],
  ["RESIDENCE", "RES"],
  ["BOITE POSTALE", "BP"],
  ["CENTRE COMMERCIAL", "CCAL"],
  ["ZONE ARTISANALE", "ZA"],
  ["ZONE INDUSTRIELLE", "ZI"],
  // Titles found in street and place names.
  ["CAPITAINE", "CNE"],
  ["COLONEL", "COL"],
  ["COMMANDANT", "CDT"],
  ["DOCTEUR", "DR"],
  ["GENERAL", "GAL"],
  ["GRAND", "GD"],
  ["GRANDE", "GDE"],
  ["LIEUTENANT", "LT"],
  ["MARECHAL", "MAL"],
  ["MONSEIGNEUR", "MGR"],
  ["NOTRE DAME", "ND"],
  ["PRESIDENT", "PDT"],
  ["PROFESSEUR", "PR"],
  ["SAINT", "ST"],
  ["SAINTE", "STE"],
  // Civilities (line 1).
  ["MADAME", "MME"],
  ["MADEMOISELLE", "MLLE"],
  ["MAITRE", "ME"],
  ["MESSIEURS", "MM"],
  ["MONSIEUR", "M"],
]);

const longestPhrase = Math.max(...[...standardAbbreviations.keys()].map((phrase) => phrase.split(" ").length));

/** Articles La Poste lets a line lose once its abbreviations are not enough ("RUE DE LA PAIX" → "RUE PAIX"). */
const articles: ReadonlySet<string> = new Set(["LE", "LA", "LES", "L", "DU", "DE", "DES", "D", "AU", "AUX"]);

export interface FittedLine {
  text: string;
  /** Text was lost: even abbreviated (and without its articles) the line was over 38 characters. */
  cut: boolean;
}

/**
 * The line shortened to at most `preferredLength` by standard abbreviations applied one word at a
 * time from the left (the street type comes first on line 4, so it goes first). Still over 38
 * characters once the list is exhausted: with `dropArticles` (lines 2 to 5, not the recipient's
 * name) its articles go, from the left, until it fits; then it is cut at the last word that fits,
 * and says so. A line already short enough comes back unchanged.
 */
export function fitLine(line: string, options: { preferredLength?: number; dropArticles?: boolean } = {}): FittedLine {
  const preferredLength = options.preferredLength ?? maxLineLength;
  if (line.length <= preferredLength) return { text: line, cut: false };
  let tokens = abbreviateToFit(line, preferredLength).split(" ");
  if (options.dropArticles) tokens = withoutArticlesToFit(tokens);
  const text = tokens.join(" ");
  return text.length <= maxLineLength ? { text, cut: false } : { text: cutAtWord(text), cut: true };
}

/**
 * Articles dropped from the left, a run at a time ("DE LA" together), until the line fits. The first
 * word is kept: it names the line's kind ("LE BOURG", "RES …") or its number.
 */
function withoutArticlesToFit(tokens: readonly string[]): string[] {
  const kept = [...tokens];
  for (let index = 1; index < kept.length && kept.join(" ").length > maxLineLength; index += 1) {
    let run = 0;
    while (articles.has(kept[index + run] ?? "")) run += 1;
    kept.splice(index, run);
  }
  return kept;
}

/** At most 38 characters, ending at a word (or hyphen) boundary when there is one, never mid-word. */
function cutAtWord(text: string): string {
  const head = text.slice(0, maxLineLength + 1);
  const boundary = Math.max(head.lastIndexOf(" "), head.lastIndexOf("-"));
  return (boundary > 0 ? head.slice(0, boundary) : head.slice(0, maxLineLength)).replace(/[\s,;-]+$/, "");
}

function abbreviateToFit(line: string, preferredLength: number): string {
  const tokens = line.split(" ");
  for (let index = 0; index < tokens.length && tokens.join(" ").length > preferredLength; index += 1) {
    abbreviateAt(tokens, index);
  }
  return tokens.join(" ");
}

/** Replaces the longest listed phrase starting at tokens[index], if any. */
function abbreviateAt(tokens: string[], index: number): void {
  for (let size = longestPhrase; size >= 1; size -= 1) {
    if (index + size > tokens.length) continue;
    // Lines 1 to 3 keep punctuation: "BATIMENT," and "LIEU-DIT" must still be recognised.
    const phrase = tokens.slice(index, index + size).join(" ");
    const edges = /^([^A-Z0-9]*)(.*?)([^A-Z0-9]*)$/.exec(phrase);
    const core = edges?.[2]?.replace(/[-']/g, " ") ?? "";
    const abbreviation = standardAbbreviations.get(core);
    if (abbreviation !== undefined) {
      tokens.splice(index, size, `${edges?.[1] ?? ""}${abbreviation}${edges?.[3] ?? ""}`);
      return;
    }
  }
}
