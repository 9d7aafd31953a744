// Character rules of NF Z10-011: upper case without accents on every line, and from line 4 down
// only letters, digits and spaces, because La Poste's optical readers misread anything else.

export const maxLineLength = 38;

const combiningMarks = /\p{M}/gu;
const typographicApostrophes = /[\u2018\u2019\u02bc`\u00b4]/g;
// Letters NFD does not decompose into a base letter plus an accent.
const spelledOutLetters: Readonly<Record<string, string>> = { Œ: "OE", Æ: "AE", Ø: "O", Ł: "L", Đ: "D" };

/** Upper case, accents stripped, ligatures spelled out, white space collapsed; punctuation kept (lines 1 to 3). */
export function toPostalCase(text: string): string {
  return text
    .normalize("NFD")
    .replace(combiningMarks, "")
    .toUpperCase()
    .replace(/[ŒÆØŁĐ]/g, (letter) => spelledOutLetters[letter] ?? letter)
    .replace(typographicApostrophes, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** toPostalCase, then every character other than A-Z, 0-9 and space becomes a space (lines 4 to 7). */
export function toPostalWords(text: string): string {
  return toPostalCase(text)
    .replace(/[^A-Z0-9 ]+/g, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** The only rewriting the "valid" status tolerates: trimmed, white space collapsed, upper-cased. */
export function asTyped(text: string): string {
  return text.replace(/\s+/g, " ").trim().toUpperCase();
}
