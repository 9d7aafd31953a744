import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import { FormulasService } from "./formulas-service.js";
import { GuaranteesService } from "./guarantees-service.js";
import { registerProductRoutes } from "./product-routes.js";
import { ProductsService } from "./products-service.js";
import { registerRangeRoutes } from "./range-routes.js";
import { RangesService } from "./ranges-service.js";

export { cataloguePermissions } from "./permissions.js";
export { catalogueUsesReferenceValue } from "./usage-checks.js";
export { formulas, products, ranges, guarantees, contractTypes, domains, rangeTypes } from "./schema.js";
export type { FormulaName, FormulaView, FormulasService } from "./formulas-service.js";
export type { ProductName, ProductView, ProductsService } from "./products-service.js";
export type { RangesService, RangeView } from "./ranges-service.js";
export type { GuaranteesService, GuaranteeView } from "./guarantees-service.js";
// The API's shapes, which the web app reads too (with the views above).
export type { GuaranteeTable } from "./formulas-service.js";
// Codes the web app lists too.
export type { ContractType, Domain, RangeType } from "./schema.js";
export type { ProductContractType } from "./product-rules.js";
export { saleRefusals } from "./product-rules.js";

export interface CatalogueModule {
  ranges: RangesService;
  guarantees: GuaranteesService;
  products: ProductsService;
  formulas: FormulasService;
}

/** The catalogue's services without routes: for the application below, and for trusted loaders (demo seed). */
export function createCatalogue(database: Database): CatalogueModule {
  const ranges = new RangesService(database);
  const guarantees = new GuaranteesService(database, ranges);
  const products = new ProductsService(database, ranges);
  return { ranges, guarantees, products, formulas: new FormulasService(database, products, guarantees) };
}

/** Ranges, their guarantees, commercial products and their formulas: what every quote and sale is made of. */
export function registerCatalogueModule(app: AppServer, database: Database): CatalogueModule {
  const catalogue = createCatalogue(database);
  registerRangeRoutes(app, catalogue.ranges, catalogue.guarantees);
  registerProductRoutes(app, catalogue.products, catalogue.formulas);
  return catalogue;
}
