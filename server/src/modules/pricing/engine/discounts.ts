/**
 * Discount lines. Each rule is computed on the undiscounted contributions it targets, then capped
 * so that no beneficiary's (or the contract's) discounts exceed its contributions: a price never
 * goes below zero and the tax base of every payer stays positive.
 */
import type { Household } from "./household.js";
import type { PriceLine } from "./price-result.js";
import type { PricingProfile } from "./profile.js";
import { applyRate, formatPercent, parsePercent } from "./rounding.js";
import type { DiscountRule } from "./tariff.js";

/** Net contributions per payer: beneficiary index, or null for the contract. */
export type AmountsByPayer = Map<number | null, number>;

export function discountLines(rules: readonly DiscountRule[], contributions: AmountsByPayer, household: Household, profile: PricingProfile): PriceLine[] {
  const remaining = new Map(contributions);
  const lines: PriceLine[] = [];
  const grant = (payer: number | null, wanted: number, line: Omit<PriceLine, "beneficiary" | "amountCents" | "component">) => {
    const amountCents = Math.min(wanted, remaining.get(payer) ?? 0);
    if (amountCents <= 0) return;
    remaining.set(payer, (remaining.get(payer) ?? 0) - amountCents);
    lines.push({ beneficiary: payer, component: "discount", amountCents, ...line });
  };
  for (const rule of rules) {
    if (!applies(rule, household, profile)) continue;
    if (rule.kind === "nth_child_free") {
      for (const payer of freeChildren(rule.fromRank ?? 3, contributions, household)) {
        grant(payer, contributions.get(payer) ?? 0, { basis: { code: "child_rank", fromRank: rule.fromRank ?? 3 }, rate: "100", label: rule.label });
      }
      continue;
    }
    const rate = rule.percent === undefined ? undefined : parsePercent(rule.percent);
    if (rate !== undefined) {
      for (const payer of targetedPayers(rule, contributions, household)) {
        const base = contributions.get(payer) ?? 0;
        grant(payer, applyRate(base, rate), { basis: { code: "contribution", baseCents: base }, rate: formatPercent(rate), label: rule.label });
      }
    } else if (rule.amountCents !== undefined) {
      // An amount per contract is taken from the contract's contribution, or the main insured's.
      const payer = contributions.has(null) ? null : household.main.index;
      grant(payer, rule.amountCents, { basis: { code: "amount_per_contract" }, label: rule.label });
    }
  }
  return lines;
}

function applies(rule: DiscountRule, household: Household, profile: PricingProfile): boolean {
  switch (rule.kind) {
    case "couple":
      return household.structure === "couple" || household.structure === "family";
    case "nth_child_free":
      return true;
    case "commercial":
      return (
        (!rule.channels || (profile.channel !== undefined && rule.channels.includes(profile.channel))) &&
        (rule.validFrom === undefined || rule.validFrom <= profile.effectiveDate) &&
        (rule.validTo === undefined || profile.effectiveDate <= rule.validTo)
      );
  }
}

/**
 * The payers whose contributions a percentage targets. The contract's own contribution (a
 * per-contract grid) stands for the main insured, as contract-level rows are matched with them:
 * roles that name the main insured reach it. A tariff whose roles could never reach a
 * per-contract grid is refused when it is saved (tariff-schemas.ts).
 */
function targetedPayers(rule: DiscountRule, contributions: AmountsByPayer, household: Household): (number | null)[] {
  const roles = rule.roles;
  if (!roles) return [...contributions.keys()];
  return [...contributions.keys()].filter((payer) => {
    const who = payer === null ? household.main : household.beneficiaries[payer];
    return who !== undefined && roles.includes(who.role);
  });
}

/**
 * Children from the given rank on, ranking the dearest first: the free ones are the cheapest,
 * which favours the member and means adding a child never lowers the price. Ties keep input order.
 */
function freeChildren(fromRank: number, contributions: AmountsByPayer, household: Household): number[] {
  const children = household.beneficiaries
    .filter((who) => who.role === "child" && contributions.has(who.index))
    .map((who) => who.index)
    .sort((a, b) => (contributions.get(b) ?? 0) - (contributions.get(a) ?? 0) || a - b);
  return children.slice(Math.max(fromRank - 1, 0));
}
