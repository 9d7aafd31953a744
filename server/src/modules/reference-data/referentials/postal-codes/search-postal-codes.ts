// Search of French postal codes by code, code prefix or commune name.
import { toSearchWords } from "../normalise-text.js";
import { resolveLimit } from "../search-limit.js";
import { bestWordMatch } from "../word-match.js";
import { loadPostalCodes, type PostalCodeEntry } from "./postal-code-source.js";
import { expandSaintAbbreviations } from "./saint-abbreviations.js";

export interface SearchPostalCodesOptions {
  limit?: number;
}

/** Larger than the most communes sharing one postal code (46 for 51300), so a code query is never cut. */
export const defaultPostalCodeLimit = 50;

/** The communes served by exactly this postal code ("75011" → Paris 11e), sorted by name; [] if unknown. */
export function findCommunes(postalCode: string): PostalCodeEntry[] {
  return [...(loadPostalCodes().byPostalCode.get(postalCode.trim()) ?? [])];
}

/**
 * 5 digits → findCommunes; 2 to 4 digits → the codes starting with them, in code order;
 * words → communes whose official name or libellé d'acheminement has a word starting with each
 * query word (accents, hyphens, case and St/Saint ignored), exact names first; anything else → [].
 */
export function searchPostalCodes(query: string, options: SearchPostalCodesOptions = {}): PostalCodeEntry[] {
  const limit = resolveLimit(options.limit, defaultPostalCodeLimit);
  const compact = query.replace(/\s/g, "");
  if (/^\d{5}$/.test(compact)) return findCommunes(compact).slice(0, limit);
  if (/^\d{2,4}$/.test(compact)) return searchByPrefix(compact, limit);
  if (/^\d*$/.test(compact)) return [];
  return searchByName(query, limit);
}

function searchByPrefix(prefix: string, limit: number): PostalCodeEntry[] {
  const found: PostalCodeEntry[] = [];
  for (const { entry } of loadPostalCodes().entries) {
    if (found.length >= limit) break;
    if (entry.postalCode.startsWith(prefix)) found.push(entry);
  }
  return found;
}

function searchByName(query: string, limit: number): PostalCodeEntry[] {
  const typed = toSearchWords(query);
  const spelled = expandSaintAbbreviations(typed);
  return loadPostalCodes()
    .entries.flatMap((item) => {
      const labels = [item.communeWords, item.cityWords];
      const rank = Math.min(bestWordMatch(typed, labels) ?? 3, bestWordMatch(spelled, labels) ?? 3);
      return rank === 3 ? [] : [{ rank, entry: item.entry }];
    })
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((match) => match.entry);
}
