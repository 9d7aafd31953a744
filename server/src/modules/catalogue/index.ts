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
export { formulas, products, ranges, guarantees, contractTypes, domains, rangeTypes } from "./schema.js";
export type { FormulaView, FormulasService } from "./formulas-service.js";
export type { ProductView, ProductsService } from "./products-service.js";
export type { RangesService, RangeView } from "./ranges-service.js";
export type { GuaranteesService, GuaranteeView } from "./guarantees-service.js";

export interface CatalogueModule {
  ranges: RangesService;
  guarantees: GuaranteesService;
  products: ProductsService;
  formulas: FormulasService;
}

/** Ranges, their guarantees, commercial products and their formulas: what every quote and sale is made of. */
export function registerCatalogueModule(app: AppServer, database: Database): CatalogueModule {
  const ranges = new RangesService(database);
  const guarantees = new GuaranteesService(database, ranges);
  const products = new ProductsService(database, ranges);
  const formulas = new FormulasService(database, products, guarantees);
  registerRangeRoutes(app, ranges, guarantees);
  registerProductRoutes(app, products, formulas);
  return { ranges, guarantees, products, formulas };
}
