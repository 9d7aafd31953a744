import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import type { CatalogueModule } from "../catalogue/index.js";
import type { IntroducerLookup } from "./pricing-request.js";
import { PricingService } from "./pricing-service.js";
import { registerPricingRoutes } from "./routes.js";
import { TariffsService } from "./tariffs-service.js";

export { installPricingParameters } from "./legal-parameters.js";
export { price, type PricingParameters, type PricingProfile, type Price, type Tariff, type TariffRow } from "./engine/index.js";
export type { IntroducerLookup } from "./pricing-request.js";
export type { PricingService, Proposal, ProposalFilter } from "./pricing-service.js";
export type { TariffsService } from "./tariffs-service.js";
export type { TariffInput, TariffView } from "./tariff-schemas.js";
export { insertTariffVersion } from "./tariff-store.js";

export interface PricingModuleDependencies {
  database: Database;
  catalogue: CatalogueModule;
  /** Finds an introducer's kind for the commission rules; without it only rules by introducer id apply. */
  introducers?: IntroducerLookup;
}

export interface PricingModule {
  pricing: PricingService;
  tariffs: TariffsService;
}

/** Tariff versions and the pricing API over the pure engine (engine/). */
export function registerPricingModule(app: AppServer, deps: PricingModuleDependencies): PricingModule {
  const pricing = new PricingService(deps.database, deps.catalogue, deps.introducers);
  const tariffs = new TariffsService(deps.database, deps.catalogue);
  registerPricingRoutes(app, pricing, tariffs);
  return { pricing, tariffs };
}
