/**
 * True when the last digit of `digits` is the Luhn key of the digits before it. The Luhn key is
 * the check digit of SIREN and SIRET numbers; it catches any single mistyped digit and most swaps
 * of two neighbours. Anything else than a non-empty string of ASCII digits is not valid.
 */
export function hasValidLuhnKey(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  // Walking from the key leftwards, every second digit is doubled (and its digits summed).
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    let digit = Number(digits[digits.length - 1 - fromRight]);
    if (fromRight % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
