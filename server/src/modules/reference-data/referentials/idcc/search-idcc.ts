// Search of conventions collectives by IDCC number or title words.
import { toSearchWords } from "../normalise-text.js";
import { resolveLimit } from "../search-limit.js";
import { bestWordMatch } from "../word-match.js";
import { type IdccEntry, loadIdccEntries } from "./idcc-source.js";

export interface SearchIdccOptions {
  limit?: number;
}

const numberQuery = /^(?:idcc)?(\d{1,4})$/i;

/**
 * "1486", "16", "0016", "IDCC 1486" → conventions whose number, with or without its leading
 * zeros, starts with the digits, in IDCC order (so "16" gives 0016 first, then 1606, 1672…).
 * Anything else → conventions whose title or short title has a word starting with each query
 * word (accents and case ignored), best matches first.
 */
export function searchIdcc(query: string, options: SearchIdccOptions = {}): IdccEntry[] {
  const limit = resolveLimit(options.limit);
  const digits = numberQuery.exec(query.replace(/\s/g, ""))?.[1];
  const queryWords = toSearchWords(query);
  const ranked = loadIdccEntries().flatMap((item) => {
    const rank =
      digits === undefined
        ? bestWordMatch(queryWords, [item.shortTitleWords, item.titleWords])
        : rankNumber(digits, item.entry.idcc);
    return rank === undefined ? [] : [{ rank, entry: item.entry }];
  });
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((match) => match.entry);
}

/** Entries are in IDCC order, so the convention numbered exactly `digits` comes before longer numbers. */
function rankNumber(digits: string, idcc: string): number | undefined {
  return idcc.startsWith(digits) || String(Number(idcc)).startsWith(digits) ? 0 : undefined;
}
