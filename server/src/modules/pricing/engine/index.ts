/** The pure pricing engine: what the pricing service (and later advice and the shop) call. */
export { price, monthsPerYear, repeatedIndexes } from "./price.js";
export { applyRate, parsePercent, formatPercent, type Rate } from "./rounding.js";
export { departmentOf, isDepartment } from "./department.js";
export { isIsoDate } from "./household.js";
export { pricingAge } from "./age.js";
export type { Dated } from "./dated.js";
export type { BeneficiaryProfile, Introducer, PricingProfile } from "./profile.js";
export type { Price, PriceLine, PriceTotals, PricingIssue, PricingResult, LineComponent } from "./price-result.js";
export { lineComponents } from "./price-result.js";
export type { LineBasis, MatchedCriterion } from "./line-basis.js";
export * from "./tariff.js";
