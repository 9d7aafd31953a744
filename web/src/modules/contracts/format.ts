import type { ContractRecord } from "./types";

/** The product as the contract names it: the catalogue's label, or the partner's free label, else the code; its formula after a dash. */
export function productText(contract: Pick<ContractRecord, "productLabel" | "productCode" | "formulaLabel" | "formulaCode">): string {
  const product = contract.productLabel ?? contract.productCode ?? "";
  const formula = contract.formulaLabel ?? contract.formulaCode;
  return formula ? `${product} — ${formula}` : product;
}

/** "Léo Échantillon": first name then family name, as the beneficiary was received. */
export function beneficiaryName(beneficiary: { firstName: string | null; lastName: string }): string {
  return [beneficiary.firstName, beneficiary.lastName].filter(Boolean).join(" ");
}
