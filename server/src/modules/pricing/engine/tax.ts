/**
 * The taxe de solidarité additionnelle (TSA, art. L862-4 CSS): its base is the net premium after
 * discounts plus fees, taxed per payer and per month so each line rounds on its own.
 */
import type { PriceLine } from "./price-result.js";
import { applyRate, formatPercent, type Rate } from "./rounding.js";

export function taxLines(rate: Rate, lines: readonly PriceLine[], oneOff: boolean): PriceLine[] {
  const bases = new Map<number | null, number>();
  for (const line of lines) {
    const sign = taxBaseSign(line.component, oneOff);
    if (sign !== 0) bases.set(line.beneficiary, (bases.get(line.beneficiary) ?? 0) + sign * line.amountCents);
  }
  return [...bases]
    .filter(([, base]) => base > 0)
    .map(([beneficiary, base]): PriceLine => ({
      beneficiary,
      component: oneOff ? "one_off_tax" : "tax",
      basis: { code: oneOff ? "one_off_fees" : "net_after_discounts_plus_fees", baseCents: base },
      rate: formatPercent(rate),
      amountCents: applyRate(base, rate),
      label: "Taxe de solidarité additionnelle (TSA)",
    }));
}

function taxBaseSign(component: PriceLine["component"], oneOff: boolean): number {
  if (oneOff) return component === "one_off_fee" ? 1 : 0;
  if (component === "contribution" || component === "fee") return 1;
  return component === "discount" ? -1 : 0;
}
