/** The engine's answer, in the shape of the pricing API (issue 7): totals, and lines explaining every cent. */
import type { LineBasis } from "./line-basis.js";

export const lineComponents = ["contribution", "discount", "fee", "tax", "one_off_fee", "one_off_tax", "commission"] as const;
/**
 * contribution, discount, fee, tax: monthly; one_off_fee and one_off_tax: paid once at subscription;
 * commission: monthly, internal, not in the customer's price.
 */
export type LineComponent = (typeof lineComponents)[number];

export interface PriceLine {
  /** Index of the beneficiary in the profile, or null for a contract-level amount. */
  beneficiary: number | null;
  component: LineComponent;
  /** What the amount was computed from: the criterion values, or the base it was rated on. */
  basis: LineBasis;
  /** Percent text ("13.27") when the amount is a rate of its basis. */
  rate?: string;
  amountCents: number;
  label: string;
}

export interface PriceTotals {
  netCents: number;
  feesCents: number;
  taxCents: number;
  discountCents: number;
  grossCents: number;
}

export interface Price {
  monthly: PriceTotals;
  /** 12 × monthly, field by field: a year of the monthly price as it is billed. */
  annual: PriceTotals;
  /** Paid once at subscription (adhesion fee and its tax). */
  oneOff: PriceTotals;
  commissionCents: number;
  tariffVersion: string;
  lines: PriceLine[];
}

/** A reason the profile cannot be priced, naming the request field to fix. */
export interface PricingIssue {
  field: string;
  code: string;
  message: string;
}

export type PricingResult = { ok: true; price: Price } | { ok: false; issues: PricingIssue[] };
