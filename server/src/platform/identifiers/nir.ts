import { type IdentifierCheck, withoutSpaces } from "./check-result.js";

/**
 * Sex digit, birth year and month, birth département (2A/2B for Corsica), commune or country,
 * order number, then the 2-digit key.
 */
const nirShape = /^(\d{5})(\d{2}|2A|2B)(\d{6})(\d{2})$/;

/**
 * Corsica's départements kept the old code 20 split in letters; the key is still computed on a
 * number, with 2A read as 19 and 2B as 18.
 */
const corsicaForKey: Readonly<Record<string, string>> = { "2A": "19", "2B": "18" };

/**
 * Checks a NIR (French social security number): 13 characters then a key equal to
 * 97 − (the 13 characters read as a number mod 97). Returns it upper-cased without spaces.
 */
export function checkNir(value: string): IdentifierCheck {
  const nir = withoutSpaces(value).toUpperCase();
  const parts = nirShape.exec(nir);
  if (!parts) return { ok: false, reason: "format" };
  const [, start = "", departement = "", end = "", key = ""] = parts;
  // 13 digits stay below 2^53, so a plain number computes the remainder exactly.
  const body = Number(start + (corsicaForKey[departement] ?? departement) + end);
  return 97 - (body % 97) === Number(key) ? { ok: true, value: nir } : { ok: false, reason: "key" };
}
