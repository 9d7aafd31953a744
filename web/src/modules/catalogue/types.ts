import type { Identifier } from "react-admin";

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
export interface RangeRecord {
  id: Identifier;
  code: string;
  label: string;
  domain: Domain;
  productFamily: string | null;
  contractType: ContractType;
  rangeType: RangeType;
  designers: string[];
  active: boolean;
  version: number;
  updatedAt: string;
}

/** GET /guarantees item: one covered item of a range, in a coverage module. */
export interface GuaranteeRecord {
  id: string;
  rangeId: string;
  coverageModule: string;
  code: string;
  label: string;
  sortOrder: number;
  version: number;
  updatedAt: string;
}

/** GET /products item: a range declined for a sales axis. Dates are ISO days. */
export interface ProductRecord {
  id: Identifier;
  rangeId: string;
  code: string;
  label: string;
  contractType: "individual" | "group";
  insurers: string[];
  managers: string[];
  network: string | null;
  channels: string[];
  distributionMode: string | null;
  distributionType: string | null;
  saleStart: string | null;
  saleEnd: string | null;
  grantsMembership: boolean;
  active: boolean;
  version: number;
  updatedAt: string;
}

export interface FormulaOptionModule {
  code: string;
  label: string;
}

/** GET /formulas?productId= item. `guaranteeLevels`: guarantee id → level of cover; `coverageLevels`: module → 1–5. */
export interface FormulaRecord {
  id: string;
  productId: string;
  code: string;
  label: string;
  sortOrder: number;
  guaranteeLevels: Record<string, string>;
  coverageLevels: Record<string, number>;
  options: FormulaOptionModule[];
  version: number;
  updatedAt: string;
}

/** GET /formulas/{id}/guarantee-table: the printable table of a formula. */
export interface GuaranteeTable {
  formula: { id: string; code: string; label: string };
  modules: Array<{ coverageModule: string; coverageLevel: number | null; guarantees: Array<{ code: string; label: string; level: string | null }> }>;
}
