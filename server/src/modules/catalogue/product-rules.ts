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

/** What decides whether a product may be sold. */
export interface SaleTerms {
  active: boolean;
  saleStart: string | null;
  saleEnd: string | null;
  channels: readonly string[];
}

/**
 * Why a product may not be sold on `date` (inclusive sale dates) through `channel`, each reason on
 * the request field that would have to change; none: it may. Proposals and prices share it, so a
 * price is never given for a product proposals would leave out.
 */
export function saleRefusals(product: SaleTerms, date: string, channel: string | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!product.active) errors.push({ path: "productId", code: "catalogue.product_inactive" });
  if ((product.saleStart !== null && date < product.saleStart) || (product.saleEnd !== null && product.saleEnd < date)) {
    errors.push({ path: "effectiveDate", code: "catalogue.not_on_sale_at_date", params: { start: product.saleStart ?? "…", end: product.saleEnd ?? "…" } });
  }
  if (channel !== undefined && !product.channels.includes(channel)) errors.push({ path: "channel", code: "catalogue.not_sold_on_channel", params: { value: channel } });
  return errors;
}
