import jaroWinkler from "talisman/metrics/jaro-winkler.js";

/**
 * Jaro-Winkler similarity (0..1) of two normalised forms: it rewards a common beginning, which
 * suits names, where typing mistakes fall more often at the end than at the start.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  return jaroWinkler(a, b);
}
