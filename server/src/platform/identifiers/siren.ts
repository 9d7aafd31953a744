import { type IdentifierCheck, withoutSpaces } from "./check-result.js";
import { hasValidLuhnKey } from "./luhn.js";

/** La Poste has too many establishments for Luhn keys, so INSEE gave its SIRETs another key. */
const laPosteSiren = "356000000";
/** The one La Poste SIRET that keeps a Luhn key (and whose digit sum is not a multiple of 5). */
const laPosteHeadOfficeSiret = "35600000000048";

/** Checks a SIREN (company number): 9 digits, the last one a Luhn key. */
export function checkSiren(value: string): IdentifierCheck {
  const digits = withoutSpaces(value);
  if (!/^\d{9}$/.test(digits)) return { ok: false, reason: "format" };
  return hasValidLuhnKey(digits) ? { ok: true, value: digits } : { ok: false, reason: "key" };
}

/**
 * Checks a SIRET (establishment number): the SIREN followed by a 5-digit NIC, 14 digits whose
 * last one is a Luhn key over all of them. La Poste's establishments are the exception: their
 * digits must add up to a multiple of 5, except its head office, which has a normal Luhn key.
 * The SIREN part must be valid on its own too, which the 14-digit key alone does not ensure.
 */
export function checkSiret(value: string): IdentifierCheck {
  const digits = withoutSpaces(value);
  if (!/^\d{14}$/.test(digits)) return { ok: false, reason: "format" };
  const siren = digits.slice(0, 9);
  const keyMatches = siren === laPosteSiren && digits !== laPosteHeadOfficeSiret ? digitSum(digits) % 5 === 0 : hasValidLuhnKey(digits);
  return keyMatches && hasValidLuhnKey(siren) ? { ok: true, value: digits } : { ok: false, reason: "key" };
}

/**
 * The SIREN of the company an establishment belongs to. Meant for a SIRET already accepted by
 * `checkSiret`; anything that is not 14 digits once spaces are removed is a programming error.
 */
export function sirenOfSiret(siret: string): string {
  const digits = withoutSpaces(siret);
  if (!/^\d{14}$/.test(digits)) throw new RangeError("sirenOfSiret expects a 14-digit SIRET");
  return digits.slice(0, 9);
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}
