// Ranks how well query words (see toSearchWords) match the words of a label.

/** 0: the same words; 1: the label begins with the query words; 2: each query word begins some label word. */
export type WordMatchRank = 0 | 1 | 2;

/**
 * Every query word must be the beginning of a word of the label (in any order), so
 * "medecin general" matches "activite des medecins generalistes". The last query word
 * may be partial (typeahead). Returns undefined when some query word matches nothing.
 */
export function rankWordMatch(
  queryWords: readonly string[],
  labelWords: readonly string[],
): WordMatchRank | undefined {
  if (queryWords.length === 0) return undefined;
  if (!queryWords.every((query) => labelWords.some((word) => word.startsWith(query)))) return undefined;
  if (!startsWithWords(labelWords, queryWords)) return 2;
  return labelWords.length === queryWords.length && labelWords.at(-1) === queryWords.at(-1) ? 0 : 1;
}

function startsWithWords(labelWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((query, index) => {
    const word = labelWords[index];
    if (word === undefined) return false;
    return index === queryWords.length - 1 ? word.startsWith(query) : word === query;
  });
}

/** The best (lowest) rank among several labels of one entry. */
export function bestWordMatch(
  queryWords: readonly string[],
  labels: readonly (readonly string[])[],
): WordMatchRank | undefined {
  let best: WordMatchRank | undefined;
  for (const labelWords of labels) {
    const rank = rankWordMatch(queryWords, labelWords);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}
