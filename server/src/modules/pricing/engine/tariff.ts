/**
 * A tariff as the engine reads it: plain data, entered net of tax (HT), in cents and percent
 * texts. The catalogue stores it; the engine never loads anything.
 */
import type { Dated } from "./dated.js";

export const beneficiaryRoles = ["main_insured", "spouse", "child", "dependent"] as const;
export type BeneficiaryRole = (typeof beneficiaryRoles)[number];

export const contributionTypes = ["per_beneficiary", "per_family_structure", "pmss_percentage", "flat"] as const;
/**
 * - per_beneficiary: each beneficiary pays the amount of the first grid row matching them;
 * - per_family_structure: the contract pays the row of its structure (single, couple, …);
 * - pmss_percentage: each beneficiary pays a percentage of the monthly social-security ceiling;
 * - flat: the contract pays one amount whatever the household.
 */
export type ContributionType = (typeof contributionTypes)[number];

/** The contract, not each beneficiary, pays the contribution of these grids. */
export function paidByContract(type: ContributionType): boolean {
  return type === "per_family_structure" || type === "flat";
}

export const familyStructures = ["single", "couple", "single_parent", "family"] as const;
/** single: main insured alone; couple: with a spouse; single_parent: with children; family: both. */
export type FamilyStructure = (typeof familyStructures)[number];

/** The local regimes a profile may have: none, or Alsace-Moselle's. */
export const localRegimes = ["none", "alsace_moselle"] as const;
export type LocalRegime = (typeof localRegimes)[number];

export const ageMethods = ["exact", "birth_year"] as const;
/** exact: full years at the effective date; birth_year: effective year minus birth year (millésime). */
export type AgeMethod = (typeof ageMethods)[number];

/** What a grid row applies to; an absent criterion matches everyone. Ages are inclusive bounds. */
export interface RowCriteria {
  roles?: BeneficiaryRole[];
  ageMin?: number;
  ageMax?: number;
  zones?: string[];
  socialRegimes?: string[];
  localRegimes?: LocalRegime[];
  structures?: FamilyStructure[];
}

/** One cell of a tariff grid: cents for amounts, a percent text for pmss_percentage. */
export interface TariffRow extends RowCriteria {
  amountCents?: number;
  pmssPercent?: string;
}

/** The contributions of a formula, or of one optional module of a modular formula. */
export interface ContributionGrid {
  type: ContributionType;
  rows: TariffRow[];
}

export interface FormulaOption {
  code: string;
  label: string;
  grid: ContributionGrid;
}

export const feeKinds = ["adhesion", "management", "association_dues"] as const;
/** adhesion is paid once at subscription; management and association dues every month. */
export type FeeKind = (typeof feeKinds)[number];

export interface FeeRule {
  kind: FeeKind;
  label: string;
  amountCents: number;
  /** Per contract (default) or per beneficiary. */
  per?: "contract" | "beneficiary";
}

export const discountKinds = ["couple", "nth_child_free", "commercial"] as const;
export type DiscountKind = (typeof discountKinds)[number];

export interface DiscountRule {
  kind: DiscountKind;
  label: string;
  /** couple and commercial: a percentage of the targeted contributions, or an amount per contract. */
  percent?: string;
  amountCents?: number;
  /**
   * couple and commercial: whose contributions the percentage applies to (default: everyone). A
   * contribution the contract pays counts as the main insured's, by whom contract-level grids are matched.
   */
  roles?: BeneficiaryRole[];
  /** nth_child_free: the rank from which children are free (3 = third child). */
  fromRank?: number;
  /** commercial: the sales channels it is granted on, and its dates (inclusive). */
  channels?: string[];
  validFrom?: string;
  validTo?: string;
}

export interface CommissionRule {
  /** An introducer id wins over an introducer kind; neither means the default rule. */
  introducerId?: string;
  introducerKind?: string;
  label: string;
  /** A percentage of the net contributions after discounts, or a monthly amount. */
  percent?: string;
  amountCents?: number;
}

export interface Tariff {
  /** Shown on every price: which version priced it. */
  version: string;
  ageMethod: AgeMethod;
  /** Solidarity-and-responsible contract: decides the TSA rate. */
  responsibleContract: boolean;
  /** Department code → zone code; `defaultZone` for the departments not listed. */
  zones: Record<string, string>;
  defaultZone?: string;
  grid: ContributionGrid;
  options: FormulaOption[];
  fees: FeeRule[];
  discounts: DiscountRule[];
  commissions: CommissionRule[];
}

export interface TsaRates {
  responsible: string;
  standard: string;
}

/** Dated legal parameters, stored as data: the monthly ceiling (PMSS) and the TSA rates. */
export interface PricingParameters {
  pmssCents: Dated<number>[];
  tsaRates: Dated<TsaRates>[];
}
