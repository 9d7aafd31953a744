// Search of NAF divisions and sous-classes by code prefix or label words.
import { toSearchWords } from "../normalise-text.js";
import { resolveLimit } from "../search-limit.js";
import { rankWordMatch } from "../word-match.js";
import { compactNafCode, loadNafEntries, type NafEntry, type NafLevel } from "./naf-source.js";

export interface SearchNafOptions {
  level?: NafLevel;
  limit?: number;
}

const codeQuery = /^\d{1,4}[A-Z]?$/;

/**
 * "86", "8621", "86.21Z", "8621z" → entries whose code starts with it, in code order.
 * Anything else → entries whose label has a word starting with each query word
 * (accents and case ignored), exact labels first, then labels starting with the query.
 */
export function searchNaf(query: string, options: SearchNafOptions = {}): NafEntry[] {
  const limit = resolveLimit(options.limit);
  const entries = loadNafEntries().filter((item) => options.level === undefined || item.entry.level === options.level);
  const compact = compactNafCode(query);
  if (codeQuery.test(compact)) {
    return entries
      .filter((item) => item.compactCode.startsWith(compact))
      .slice(0, limit)
      .map((item) => item.entry);
  }
  const queryWords = toSearchWords(query);
  return entries
    .flatMap((item) => {
      const rank = rankWordMatch(queryWords, item.words);
      return rank === undefined ? [] : [{ rank, entry: item.entry }];
    })
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((match) => match.entry);
}
