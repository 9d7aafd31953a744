// The tariff and pricing screens, shown on a product's page by the catalogue module.
export { pricingEn } from "./messages.en";
export { pricingFr } from "./messages.fr";
export { TariffsPanel } from "./TariffsPanel";
export { TryPricePanel } from "./TryPricePanel";
// The opportunities module prices a household's quote and shows the same explanation.
export { PriceResult } from "./PriceResult";
export { priceFormula, proposeFormulas, type PriceRequest, type Proposal } from "./pricingApi";
export { BENEFICIARY_ROLES, type BeneficiaryRole, type FormulaRef, type Price } from "./types";
