/**
 * Money is integer cents and rates are exact decimals: a computed amount is rounded once, here,
 * and nowhere else. The rule (docs/domain/pricing.md): every amount is computed per beneficiary
 * (or per contract for contract-level items) and per month, then rounded half-up to the cent
 * (half away from zero); totals are sums of rounded lines, so the lines always add up.
 */

/** A rate in millionths (parts per million): 13.27 % is 132_700. Exact for up to four decimals of a percent. */
export type Rate = number & { readonly __rate: unique symbol };

const ppmPerPercent = 10_000;
const ppmPerUnit = 1_000_000;

const percentPattern = /^(\d{1,6})(?:\.(\d{1,4}))?$/;

/** "13.27" (percent, up to four decimals) → its exact rate; undefined when the text is no such number. */
export function parsePercent(text: string): Rate | undefined {
  const match = percentPattern.exec(text.trim());
  if (!match) return undefined;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(4, "0"));
  return (whole * ppmPerPercent + fraction) as Rate;
}

/** The percent text of a rate, without trailing zeros ("13.27", "100"), as the lines show it. */
export function formatPercent(rate: Rate): string {
  const whole = Math.trunc(rate / ppmPerPercent);
  const fraction = String(rate % ppmPerPercent).padStart(4, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export const fullRate = (100 * ppmPerPercent) as Rate;

/** The one rounding helper: `cents × rate`, rounded half-up (half away from zero) to the cent. */
export function applyRate(cents: number, rate: Rate): number {
  const product = Math.abs(cents) * rate;
  if (!Number.isSafeInteger(product)) throw new RangeError(`amount too large to rate exactly: ${cents} × ${rate}`);
  const rounded = Math.floor((2 * product + ppmPerUnit) / (2 * ppmPerUnit));
  return cents < 0 ? -rounded : rounded;
}
