/**
 * The pricing engine: a tariff, the dated legal parameters and a profile in, a price explained to
 * the cent out. Pure: no I/O, no clock; the same input always gives the same price.
 */
import { commissionLines } from "./commission.js";
import { contributionLines } from "./contributions.js";
import { inForce } from "./dated.js";
import { discountLines, type AmountsByPayer } from "./discounts.js";
import { feeLines } from "./fees.js";
import { resolveHousehold } from "./household.js";
import type { LineComponent, Price, PriceLine, PriceTotals, PricingIssue, PricingResult } from "./price-result.js";
import type { PricingProfile } from "./profile.js";
import { parsePercent } from "./rounding.js";
import type { ContributionGrid, PricingParameters, Tariff } from "./tariff.js";
import { taxLines } from "./tax.js";

/** A year is billed as twelve monthly instalments: annual totals are 12 × the rounded monthly ones. */
export const monthsPerYear = 12;

export function price(tariff: Tariff, parameters: PricingParameters, profile: PricingProfile): PricingResult {
  const { household, issues } = resolveHousehold(profile, tariff);
  if (!household) return { ok: false, issues };

  const grids: { grid: ContributionGrid; label: string }[] = [{ grid: tariff.grid, label: "Cotisation" }];
  const options = profile.options ?? [];
  const repeated = new Set(repeatedIndexes(options));
  options.forEach((code, index) => {
    // Each chosen module is one cover: a second mention must not charge it again.
    if (repeated.has(index)) {
      issues.push({ field: `options.${index}`, code: "pricing.option_twice", message: `optional module ${code} chosen twice` });
      return;
    }
    const option = tariff.options.find((candidate) => candidate.code === code);
    if (option) grids.push({ grid: option.grid, label: option.label });
    else issues.push({ field: `options.${index}`, code: "pricing.option_unknown", message: `no optional module ${code} in this formula` });
  });
  const pmssCents = inForce(parameters.pmssCents, profile.effectiveDate);
  const tsa = inForce(parameters.tsaRates, profile.effectiveDate);
  const tsaRate = tsa && parsePercent(tariff.responsibleContract ? tsa.responsible : tsa.standard);
  if (tsaRate === undefined) issues.push({ field: "effectiveDate", code: "pricing.tax_rate_missing", message: "no TSA rate in force at this date" });

  const contributions: PriceLine[] = [];
  for (const { grid, label } of grids) {
    const result = contributionLines(grid, { household, pmssCents, label });
    contributions.push(...result.lines);
    issues.push(...result.issues);
  }
  if (issues.length > 0 || tsaRate === undefined) return { ok: false, issues: distinct(issues) };

  const byPayer: AmountsByPayer = new Map();
  for (const line of contributions) byPayer.set(line.beneficiary, (byPayer.get(line.beneficiary) ?? 0) + line.amountCents);
  const discounts = discountLines(tariff.discounts, byPayer, household, profile);
  const fees = feeLines(tariff.fees, household);
  const charged = [...contributions, ...discounts, ...fees];
  const lines = [...charged, ...taxLines(tsaRate, charged, false), ...taxLines(tsaRate, charged, true)];
  const netAfterDiscounts = sum(lines, "contribution") - sum(lines, "discount");
  lines.push(...commissionLines(tariff.commissions, profile, netAfterDiscounts));

  const monthly = totals(sum(lines, "contribution"), sum(lines, "fee"), sum(lines, "tax"), sum(lines, "discount"));
  return {
    ok: true,
    price: {
      monthly,
      annual: totals(monthly.netCents * monthsPerYear, monthly.feesCents * monthsPerYear, monthly.taxCents * monthsPerYear, monthly.discountCents * monthsPerYear),
      oneOff: totals(0, sum(lines, "one_off_fee"), sum(lines, "one_off_tax"), 0),
      commissionCents: sum(lines, "commission"),
      tariffVersion: tariff.version,
      lines,
    } satisfies Price,
  };
}

function sum(lines: readonly PriceLine[], component: LineComponent): number {
  return lines.reduce((total, line) => (line.component === component ? total + line.amountCents : total), 0);
}

function totals(netCents: number, feesCents: number, taxCents: number, discountCents: number): PriceTotals {
  return { netCents, feesCents, taxCents, discountCents, grossCents: netCents + feesCents + taxCents - discountCents };
}

/** The positions of codes already given earlier in the list. */
export function repeatedIndexes(codes: readonly string[]): number[] {
  return codes.flatMap((code, index) => (codes.indexOf(code) < index ? [index] : []));
}

/** A row missing for several modules of the same beneficiary is one thing to fix. */
function distinct(issues: PricingIssue[]): PricingIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field} ${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
