import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import type { CatalogueModule } from "../catalogue/index.js";
import type { IntroducerDirectory } from "./pricing-request.js";
import { PricingService } from "./pricing-service.js";
import { registerPricingRoutes } from "./routes.js";
import { TariffsService } from "./tariffs-service.js";

export { installPricingParameters } from "./legal-parameters.js";
export { price, type PricingParameters, type PricingProfile, type Tariff, type TariffRow } from "./engine/index.js";
export type { Price, PriceLine } from "./explained-price.js";
export { basisText } from "./basis-text.js";
export type { IntroducerDirectory } from "./pricing-request.js";
export { priceSchema } from "./routes.js";
export type { PricingService, Proposal, ProposalFilter } from "./pricing-service.js";
export type { TariffsService } from "./tariffs-service.js";
export type { TariffInput, TariffView } from "./tariff-schemas.js";
// The API's shapes, which the web app reads too, with Price, Proposal, TariffRow, TariffInput and TariffView above.
export type { ContributionGrid, PriceTotals, RowCriteria } from "./engine/index.js";
// Codes the web app lists too.
export type { BeneficiaryRole, ContributionType } from "./engine/index.js";
export { insertTariffVersion } from "./tariff-store.js";

export interface PricingModuleDependencies {
  database: Database;
  catalogue: CatalogueModule;
  /**
   * Finds an introducer's kind for the commission rules, and the kinds a rule may name; without it
   * only rules by introducer id apply, and a tariff may not name a kind.
   */
  introducers?: IntroducerDirectory;
}

export interface PricingModule {
  pricing: PricingService;
  tariffs: TariffsService;
}

/** The pricing services without routes: for the application below, and for trusted loaders (demo seed). */
export function createPricing(deps: PricingModuleDependencies): PricingModule {
  return {
    pricing: new PricingService(deps.database, deps.catalogue, deps.introducers),
    tariffs: new TariffsService(deps.database, deps.catalogue, deps.introducers?.kinds ?? []),
  };
}

/** Tariff versions and the pricing API over the pure engine (engine/). */
export function registerPricingModule(app: AppServer, deps: PricingModuleDependencies): PricingModule {
  const { pricing, tariffs } = createPricing(deps);
  registerPricingRoutes(app, pricing, tariffs);
  return { pricing, tariffs };
}
