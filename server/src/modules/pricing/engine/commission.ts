/** The introducer's commission: internal, never in the customer's price, but explained like the rest. */
import type { PriceLine } from "./price-result.js";
import type { PricingProfile } from "./profile.js";
import { applyRate, formatPercent, parsePercent } from "./rounding.js";
import type { CommissionRule } from "./tariff.js";

/** The most specific rule: the introducer's own, else its kind's, else the default one. */
function ruleFor(rules: readonly CommissionRule[], introducer: NonNullable<PricingProfile["introducer"]>): CommissionRule | undefined {
  return (
    rules.find((rule) => rule.introducerId === introducer.id) ??
    rules.find((rule) => rule.introducerId === undefined && rule.introducerKind === introducer.kind) ??
    rules.find((rule) => rule.introducerId === undefined && rule.introducerKind === undefined)
  );
}

/** `netAfterDiscountsCents`: the monthly contributions minus discounts, the base of a percentage commission. */
export function commissionLines(rules: readonly CommissionRule[], profile: PricingProfile, netAfterDiscountsCents: number): PriceLine[] {
  if (!profile.introducer) return [];
  const rule = ruleFor(rules, profile.introducer);
  if (!rule) return [];
  const rate = rule.percent === undefined ? undefined : parsePercent(rule.percent);
  const line: PriceLine =
    rate !== undefined
      ? { beneficiary: null, component: "commission", basis: { code: "net_after_discounts", baseCents: netAfterDiscountsCents }, rate: formatPercent(rate), amountCents: applyRate(netAfterDiscountsCents, rate), label: rule.label }
      : { beneficiary: null, component: "commission", basis: { code: "amount_per_contract" }, amountCents: rule.amountCents ?? 0, label: rule.label };
  return [line];
}
