import type { PriceRequest } from "./pricingApi";
import type { BeneficiaryRole } from "./types";

/** The try-a-price form as typed: empty choices are empty texts. */
export interface PriceFormValues {
  effectiveDate: string;
  postalCode: string;
  socialRegime: string;
  localRegime: "none" | "alsace_moselle";
  beneficiaries: Array<{ role: BeneficiaryRole; birthDate: string }>;
  introducerId?: string | null;
  options?: string[];
  channel?: string | null;
}

/** The body of POST /pricing/price: the optional members only when chosen, the postal code trimmed. */
export function priceRequestOf(values: PriceFormValues, productId: string, formulaId: string): PriceRequest {
  return {
    productId,
    formulaId,
    effectiveDate: values.effectiveDate,
    postalCode: values.postalCode.trim(),
    socialRegime: values.socialRegime,
    localRegime: values.localRegime,
    beneficiaries: values.beneficiaries.map(({ role, birthDate }) => ({ role, birthDate })),
    ...(values.introducerId ? { introducerId: values.introducerId } : {}),
    ...(values.options && values.options.length > 0 ? { options: values.options } : {}),
    ...(values.channel ? { channel: values.channel } : {}),
  };
}

/** Who a line of the explanation is about: the contract, or a beneficiary by role and rank among those of the same role ("Enfant 3"). */
export function beneficiaryName(index: number | null, beneficiaries: ReadonlyArray<{ role: BeneficiaryRole }>, roleLabel: (role: BeneficiaryRole) => string, contractLabel: string): string {
  if (index === null) return contractLabel;
  const beneficiary = beneficiaries[index];
  if (!beneficiary) return String(index + 1);
  const sameRole = beneficiaries.filter((other) => other.role === beneficiary.role);
  const rank = beneficiaries.slice(0, index + 1).filter((other) => other.role === beneficiary.role).length;
  return sameRole.length > 1 ? `${roleLabel(beneficiary.role)} ${rank}` : roleLabel(beneficiary.role);
}
