/**
 * What a line's amount was computed from, as data: the engine stays free of any language, and the
 * pricing module renders it in the caller's (basis-text.ts).
 */
import type { BeneficiaryRole, FamilyStructure } from "./tariff.js";

/** One criterion of the grid row that priced a beneficiary (or the contract), with the profile's value. */
export type MatchedCriterion =
  | { criterion: "role"; role: BeneficiaryRole }
  /** The row's inclusive band: `ageMin` 0 when the row has no lower bound, no `ageMax` when it has no upper one. */
  | { criterion: "age"; age: number; ageMin: number; ageMax?: number }
  | { criterion: "zone"; zone: string; department: string }
  | { criterion: "social_regime"; socialRegime: string }
  | { criterion: "local_regime"; localRegime: string }
  | { criterion: "structure"; structure: FamilyStructure };

/**
 * - profile: a contribution, from the criteria of its row (none: the row matches any profile), and
 *   the monthly social-security ceiling when the row is a percentage of it;
 * - fee_per_contract, fee_per_beneficiary, amount_per_contract: a fixed amount of the tariff;
 * - contribution: a percentage discount of the payer's contributions (`baseCents`);
 * - child_rank: a child free from the tariff's rank on, children ranked dearest first;
 * - net_after_discounts: a percentage commission of the contributions minus discounts;
 * - net_after_discounts_plus_fees, one_off_fees: the base of the monthly and the one-off tax.
 */
export type LineBasis =
  | { code: "profile"; criteria: MatchedCriterion[]; pmssCents?: number }
  | { code: "fee_per_contract" | "fee_per_beneficiary" | "amount_per_contract" }
  | { code: "contribution" | "net_after_discounts" | "net_after_discounts_plus_fees" | "one_off_fees"; baseCents: number }
  | { code: "child_rank"; fromRank: number };
