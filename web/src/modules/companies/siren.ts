/**
 * SIREN and SIRET checks in the browser, for a live answer while the number is typed (the server
 * checks again on save): 9 and 14 digits whose last one is a Luhn key, spaces allowed.
 */

/** True when the last digit of `digits` is the Luhn key of the digits before it. */
export function hasValidLuhnKey(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight += 1) {
    let digit = Number(digits[digits.length - 1 - fromRight]);
    if (fromRight % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** People paste identifiers grouped by spaces (often non-breaking ones). */
export const compactDigits = (value: string | null | undefined): string => (value ?? "").replace(/\s+/g, "");

/** Where a typed identifier stands: nothing typed, still being typed, not digits or too long, wrong key, valid. */
export type IdentifierStatus = "empty" | "partial" | "format" | "key" | "valid";

/** La Poste's establishments have another key: their digits add up to a multiple of 5, its head office excepted. */
const LA_POSTE_SIREN = "356000000";
const LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";

function status(value: string | null | undefined, length: number, keyIsValid: (digits: string) => boolean): IdentifierStatus {
  const digits = compactDigits(value);
  if (digits === "") return "empty";
  if (!/^\d+$/.test(digits) || digits.length > length) return "format";
  if (digits.length < length) return "partial";
  return keyIsValid(digits) ? "valid" : "key";
}

export function sirenStatus(value: string | null | undefined): IdentifierStatus {
  return status(value, 9, hasValidLuhnKey);
}

export function siretStatus(value: string | null | undefined): IdentifierStatus {
  return status(value, 14, (digits) => {
    const siren = digits.slice(0, 9);
    const key = siren === LA_POSTE_SIREN && digits !== LA_POSTE_HEAD_OFFICE_SIRET ? [...digits].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0 : hasValidLuhnKey(digits);
    return key && hasValidLuhnKey(siren);
  });
}

/** "732 829 320"; anything that is not 9 digits is left as stored. */
export function formatSiren(value: string | null | undefined): string {
  const digits = compactDigits(value);
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3") : (value ?? "");
}

/** "732 829 320 00074": the SIREN grouped, then the establishment number (NIC). */
export function formatSiret(value: string | null | undefined): string {
  const digits = compactDigits(value);
  return /^\d{14}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4") : (value ?? "");
}

/** The digit that completes `body` into a number with a valid Luhn key. */
export function withLuhnKey(body: string): string {
  for (let key = 0; key <= 9; key += 1) if (hasValidLuhnKey(`${body}${key}`)) return `${body}${key}`;
  throw new Error(`no Luhn key for ${body}`);
}
