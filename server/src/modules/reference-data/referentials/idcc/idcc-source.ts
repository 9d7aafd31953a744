// Conventions collectives (IDCC) from kali-data-index.json, a verbatim copy of
// data/index.json of @socialgouv/kali-data (see README.md beside this file for why it is copied).
import { z } from "zod";
import { lazy } from "../lazy.js";
import { toSearchWords } from "../normalise-text.js";
import { readJsonFile } from "../read-json.js";

export interface IdccEntry {
  /** Four digits, zero-padded: "0016", "1486". */
  readonly idcc: string;
  readonly title: string;
  readonly shortTitle?: string;
}

export interface IndexedIdccEntry {
  readonly entry: IdccEntry;
  readonly titleWords: readonly string[];
  readonly shortTitleWords: readonly string[];
}

const kaliIndex = z.array(
  z.object({
    num: z.union([z.string(), z.number()]),
    title: z.string(),
    shortTitle: z.string().optional(),
  }),
);

export function padIdcc(num: string | number): string {
  return String(num).trim().padStart(4, "0");
}

export function indexIdccEntries(raw: unknown): IndexedIdccEntry[] {
  return kaliIndex
    .parse(raw)
    .map(({ num, title, shortTitle }) => {
      const short = shortTitle?.trim();
      const base = { idcc: padIdcc(num), title: title.trim() };
      const entry: IdccEntry = Object.freeze(short ? { ...base, shortTitle: short } : base);
      return Object.freeze({
        entry,
        titleWords: toSearchWords(entry.title),
        shortTitleWords: toSearchWords(short ?? ""),
      });
    })
    .sort((a, b) => (a.entry.idcc < b.entry.idcc ? -1 : a.entry.idcc > b.entry.idcc ? 1 : 0));
}

const indexFile = new URL("./kali-data-index.json", import.meta.url);

export const loadIdccEntries = lazy(() => indexIdccEntries(readJsonFile(indexFile)));
