/** The tariff and price documents of the API (docs/api.md, "Tariffs and pricing"): amounts in cents, rates as percent texts. */

export const BENEFICIARY_ROLES = ["main_insured", "spouse", "child", "dependent"] as const;
export type BeneficiaryRole = (typeof BENEFICIARY_ROLES)[number];
export const CONTRIBUTION_TYPES = ["per_beneficiary", "per_family_structure", "pmss_percentage", "flat"] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];
export type FamilyStructure = "single" | "couple" | "single_parent" | "family";

/** What a grid row applies to; an absent criterion matches everyone. */
export interface RowCriteria {
  roles?: BeneficiaryRole[];
  ageMin?: number;
  ageMax?: number;
  zones?: string[];
  socialRegimes?: string[];
  localRegimes?: string[];
  structures?: FamilyStructure[];
}

export interface TariffRow extends RowCriteria {
  amountCents?: number;
  pmssPercent?: string;
}

export interface ContributionGrid {
  type: ContributionType;
  rows: TariffRow[];
}

export interface TariffGridEntry {
  formulaId: string;
  grid: ContributionGrid;
  options: Array<{ code: string; label: string; grid: ContributionGrid }>;
}

export interface FeeRule {
  kind: "adhesion" | "management" | "association_dues";
  label: string;
  amountCents: number;
  per?: "contract" | "beneficiary";
}

export interface DiscountRule {
  kind: "couple" | "nth_child_free" | "commercial";
  label: string;
  percent?: string;
  amountCents?: number;
  roles?: BeneficiaryRole[];
  fromRank?: number;
  channels?: string[];
  validFrom?: string;
  validTo?: string;
}

export interface CommissionRule {
  introducerId?: string;
  introducerKind?: string;
  label: string;
  percent?: string;
  amountCents?: number;
}

/** The body of POST /products/{id}/tariffs: a whole version. */
export interface TariffInput {
  effectiveFrom: string;
  ageMethod: "exact" | "birth_year";
  responsibleContract: boolean;
  zones: Record<string, string>;
  defaultZone: string | null;
  fees: FeeRule[];
  discounts: DiscountRule[];
  commissions: CommissionRule[];
  grids: TariffGridEntry[];
}

/** GET /products/{id}/tariffs item: a stored version, never changed. */
export interface TariffVersion extends TariffInput {
  id: string;
  productId: string;
  number: number;
  createdAt: string;
}

/** What the tariff screens need of a formula. */
export interface FormulaRef {
  id: string;
  code: string;
  label: string;
  options: Array<{ code: string; label: string }>;
}

export interface PriceTotals {
  netCents: number;
  feesCents: number;
  taxCents: number;
  discountCents: number;
  grossCents: number;
}

export const LINE_COMPONENTS = ["contribution", "discount", "fee", "tax", "one_off_fee", "one_off_tax", "commission"] as const;

export interface PriceLine {
  beneficiary: number | null;
  component: (typeof LINE_COMPONENTS)[number];
  basis: string;
  rate?: string;
  amountCents: number;
  label: string;
}

/** POST /pricing/price answer. */
export interface Price {
  monthly: PriceTotals;
  annual: PriceTotals;
  oneOff: PriceTotals;
  commissionCents: number;
  tariffVersion: string;
  lines: PriceLine[];
}
