import type { ContractType as ServerContractType, Domain as ServerDomain, FormulaView, GuaranteeTable, GuaranteeView, ProductContractType as ServerProductContractType, ProductView, RangeType as ServerRangeType, RangeView } from "../../../../server/src/modules/catalogue/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Codes of the catalogue as the server defines them (server/src/modules/catalogue/schema.ts). */
export const DOMAINS = serverCodes<ServerDomain>()(["health", "protection", "savings_retirement", "property_casualty", "services"]);
export const CONTRACT_TYPES = serverCodes<ServerContractType>()(["individual", "group", "mixed"]);
export const RANGE_TYPES = serverCodes<ServerRangeType>()(["base", "top_up", "budget"]);
/** A product is individual or group; only its range may be mixed. */
export const PRODUCT_CONTRACT_TYPES = serverCodes<ServerProductContractType>()(["individual", "group"]);

export type Domain = (typeof DOMAINS)[number];
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type RangeType = (typeof RANGE_TYPES)[number];

export const CATALOGUE_PERMISSIONS = { read: "catalogue:read", write: "catalogue:write" } as const;

const choicesOf = (codes: readonly string[], group: string) => codes.map((id) => ({ id, name: `adhesia.catalogue.${group}.${id}` }));
export const domainChoices = choicesOf(DOMAINS, "domains");
export const contractTypeChoices = choicesOf(CONTRACT_TYPES, "contract_types");
export const productContractTypeChoices = choicesOf(PRODUCT_CONTRACT_TYPES, "contract_types");
export const rangeTypeChoices = choicesOf(RANGE_TYPES, "range_types");

/** GET /ranges item. */
export type RangeRecord = RangeView;

/** GET /guarantees item: one covered item of a range, in a coverage module. */
export type GuaranteeRecord = GuaranteeView;

/** GET /products item: a range declined for a sales axis. Dates are ISO days. */
export type ProductRecord = ProductView;

/** GET /formulas?productId= item. `guaranteeLevels`: guarantee id → level of cover; `coverageLevels`: module → 1–5. */
export type FormulaRecord = FormulaView;

/** GET /formulas/{id}/guarantee-table: the printable table of a formula. */
export type { GuaranteeTable };
