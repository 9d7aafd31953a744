// Postal codes of the La Poste base, from codes-postaux/codes-postaux.json: one row per
// (postal code, commune) pair, with the libellé d'acheminement as La Poste writes it.
import { z } from "zod";
import { lazy } from "../lazy.js";
import { toSearchWords } from "../normalise-text.js";
import { readPackageJson } from "../read-json.js";
import { expandSaintAbbreviations } from "./saint-abbreviations.js";

export interface PostalCodeEntry {
  readonly postalCode: string;
  /** Libellé d'acheminement, upper case as La Poste gives it: "PARIS", "ST ETIENNE L ALLIER". */
  readonly city: string;
  /** Official commune name (COG): "Paris 11e Arrondissement", "Saint-Étienne". */
  readonly communeName: string;
  /** INSEE commune code (5 characters, "2A004" in Corsica). */
  readonly inseeCode: string;
  /** Ligne 5 of the La Poste base (lieu-dit); codes-postaux does not ship it, so it is never set today. */
  readonly deliveryLine?: string;
}

export interface IndexedPostalCodeEntry {
  readonly entry: PostalCodeEntry;
  readonly communeWords: readonly string[];
  readonly cityWords: readonly string[];
}

export interface PostalCodeIndex {
  /** Sorted by postal code, then commune name. */
  readonly entries: readonly IndexedPostalCodeEntry[];
  readonly byPostalCode: ReadonlyMap<string, readonly PostalCodeEntry[]>;
}

const packageEntries = z.array(
  z.object({
    codePostal: z.string(),
    codeCommune: z.string(),
    nomCommune: z.string(),
    libelleAcheminement: z.string(),
  }),
);

export function indexPostalCodes(raw: unknown): PostalCodeIndex {
  const entries = packageEntries
    .parse(raw)
    .map((row) => {
      const entry: PostalCodeEntry = Object.freeze({
        postalCode: row.codePostal.trim(),
        city: row.libelleAcheminement.trim(),
        communeName: row.nomCommune.trim(),
        inseeCode: row.codeCommune.trim(),
      });
      return Object.freeze({
        entry,
        communeWords: expandSaintAbbreviations(toSearchWords(entry.communeName)),
        cityWords: expandSaintAbbreviations(toSearchWords(entry.city)),
      });
    })
    .sort(
      (a, b) =>
        compare(a.entry.postalCode, b.entry.postalCode) || a.entry.communeName.localeCompare(b.entry.communeName, "fr"),
    );
  const byPostalCode = new Map<string, PostalCodeEntry[]>();
  for (const { entry } of entries) {
    const communes = byPostalCode.get(entry.postalCode);
    if (communes) communes.push(entry);
    else byPostalCode.set(entry.postalCode, [entry]);
  }
  return { entries, byPostalCode };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows of La Poste's base that codes-postaux leaves out: the two collectivities of the Antilles,
 * part of Guadeloupe until 2007, whose residents are covered by the French social security (CGSS
 * de la Guadeloupe). Without them their addresses were "unknown locality" and they could not be priced.
 */
const collectivitiesOfTheAntilles = [
  { codePostal: "97133", codeCommune: "97701", nomCommune: "Saint-Barthélemy", libelleAcheminement: "SAINT BARTHELEMY" },
  { codePostal: "97150", codeCommune: "97801", nomCommune: "Saint-Martin", libelleAcheminement: "SAINT MARTIN" },
];

export const loadPostalCodes = lazy(() => indexPostalCodes([...packageEntries.parse(readPackageJson("codes-postaux/codes-postaux.json")), ...collectivitiesOfTheAntilles]));
