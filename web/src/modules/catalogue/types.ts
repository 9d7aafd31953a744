import type { FormulaView, GuaranteeTable, GuaranteeView, ProductView, RangeView } from "../../../../server/src/modules/catalogue/index.js";

/** Codes of the catalogue as the server defines them (server/src/modules/catalogue/schema.ts). */
export const DOMAINS = ["health", "protection", "savings_retirement", "property_casualty", "services"] as const;
export const CONTRACT_TYPES = ["individual", "group", "mixed"] as const;
export const RANGE_TYPES = ["base", "top_up", "budget"] as const;
/** A product is individual or group; only its range may be mixed. */
export const PRODUCT_CONTRACT_TYPES = ["individual", "group"] as const;

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
