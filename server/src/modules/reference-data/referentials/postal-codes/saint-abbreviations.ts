// La Poste abbreviates "Saint"/"Sainte" in libellés d'acheminement ("ST ETIENNE L ALLIER"),
// people type either: both sides of a place-name comparison spell them out.

const spelledOut: Readonly<Record<string, string>> = { st: "saint", ste: "sainte", sts: "saints", stes: "saintes" };

/** Normalised words (see toSearchWords) with st/ste/sts/stes spelled out. */
export function expandSaintAbbreviations(words: readonly string[]): string[] {
  return words.map((word) => spelledOut[word] ?? word);
}
