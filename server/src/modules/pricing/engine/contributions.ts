/** The net (HT) contribution lines of a grid: one per beneficiary, or one for the contract. */
import { blockingField, describeMatch, findRow } from "./criteria.js";
import type { Household, PricedBeneficiary } from "./household.js";
import type { PriceLine, PricingIssue } from "./price-result.js";
import { applyRate, formatPercent, parsePercent } from "./rounding.js";
import { paidByContract, type ContributionGrid, type TariffRow } from "./tariff.js";

export interface GridContext {
  household: Household;
  /** The monthly social-security ceiling in force, when the tariff has one to rate. */
  pmssCents: number | undefined;
  /** "Cotisation" or the optional module's name. */
  label: string;
}

const roleLabels: Record<string, string> = {
  main_insured: "assuré principal",
  spouse: "conjoint",
  child: "enfant",
  dependent: "ayant droit",
};

export function contributionLines(grid: ContributionGrid, context: GridContext): { lines: PriceLine[]; issues: PricingIssue[] } {
  const { household } = context;
  const payers: { who: PricedBeneficiary; beneficiary: number | null }[] = paidByContract(grid.type)
    ? [{ who: household.main, beneficiary: null }]
    : household.beneficiaries.map((who) => ({ who, beneficiary: who.index }));
  const lines: PriceLine[] = [];
  const issues: PricingIssue[] = [];
  for (const { who, beneficiary } of payers) {
    const row = findRow(grid.rows, who, household);
    if (!row) {
      issues.push({ field: blockingField(grid.rows, who, household), code: "pricing.no_rate", message: `${context.label}: no tariff row for this profile` });
      continue;
    }
    const priced = rowAmount(row, context.pmssCents);
    if ("issue" in priced) {
      issues.push(priced.issue);
      continue;
    }
    const payerLabel = beneficiary === null ? `contrat (${household.structure})` : roleLabels[who.role];
    lines.push({
      beneficiary,
      component: "contribution",
      basis: { code: "profile", criteria: describeMatch(row, who, household), ...(priced.pmssCents === undefined ? {} : { pmssCents: priced.pmssCents }) },
      ...(priced.rate === undefined ? {} : { rate: priced.rate }),
      amountCents: priced.amountCents,
      label: `${context.label} ${payerLabel}`,
    });
  }
  return { lines, issues };
}

/** A percentage of the PMSS carries its rate and the ceiling it was applied to. */
function rowAmount(row: TariffRow, pmssCents: number | undefined): { amountCents: number; rate?: string; pmssCents?: number } | { issue: PricingIssue } {
  if (row.pmssPercent === undefined) return { amountCents: row.amountCents ?? 0 };
  const rate = parsePercent(row.pmssPercent);
  if (rate === undefined) return { issue: { field: "tariff", code: "pricing.tariff_invalid", message: `not a percentage: ${row.pmssPercent}` } };
  if (pmssCents === undefined) return { issue: { field: "effectiveDate", code: "pricing.pmss_missing", message: "no PMSS in force at this date" } };
  return { amountCents: applyRate(pmssCents, rate), rate: formatPercent(rate), pmssCents };
}
