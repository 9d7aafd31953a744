// The one text normaliser used by every referential search (NAF, IDCC, postal codes).

const combiningMarks = /\p{M}/gu;
const wordJoiners = /[-\u2010-\u2015'\u2018\u2019\u02bc`\u00b4]/g;
const ligatures: Readonly<Record<string, string>> = { œ: "oe", æ: "ae" };

/**
 * Lower case, accents stripped (NFD then combining marks removed), œ/æ spelled out,
 * hyphens and apostrophes turned into spaces, runs of white space collapsed, trimmed.
 * "Saint-Étienne" → "saint etienne"; "L'ŒUVRE" → "l oeuvre".
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFD")
    .replace(combiningMarks, "")
    .toLowerCase()
    .replace(/[œæ]/g, (ligature) => ligatures[ligature] ?? ligature)
    .replace(wordJoiners, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The normalised text cut into words: any character that is not a letter or digit separates words. */
export function toSearchWords(text: string): string[] {
  return normaliseText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
