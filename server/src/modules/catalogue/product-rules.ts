/** Rules a product must keep with its range, as pure checks returning field errors. */
import type { FieldError } from "../../platform/http/problem.js";
import type { ContractType } from "./schema.js";

export type ProductContractType = Exclude<ContractType, "mixed">;

/**
 * A product takes its range's contract type; only a mixed range lets the product say individual
 * or group, and then it must (slide "Le produit et ses garanties").
 */
export function productContractType(rangeType: ContractType, requested: ProductContractType | undefined): { value?: ProductContractType; errors: FieldError[] } {
  if (rangeType === "mixed") {
    return requested ? { value: requested, errors: [] } : { errors: [{ path: "contractType", code: "catalogue.contract_type_mismatch", params: { expected: "individual | group" } }] };
  }
  if (requested && requested !== rangeType) return { errors: [{ path: "contractType", code: "catalogue.contract_type_mismatch", params: { expected: rangeType } }] };
  return { value: rangeType, errors: [] };
}

export function saleDateErrors(saleStart: string | null | undefined, saleEnd: string | null | undefined): FieldError[] {
  return saleStart && saleEnd && saleEnd < saleStart ? [{ path: "saleEnd", code: "catalogue.sale_end_before_start" }] : [];
}
