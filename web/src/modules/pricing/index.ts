// The tariff and pricing screens, shown on a product's page by the catalogue module.
export { pricingEn } from "./messages.en";
export { pricingFr } from "./messages.fr";
export { TariffsPanel } from "./TariffsPanel";
export { TryPricePanel } from "./TryPricePanel";
export type { FormulaRef } from "./types";
