/** Fee lines: the adhesion fee once at subscription, management fees and association dues monthly. */
import type { Household } from "./household.js";
import type { PriceLine } from "./price-result.js";
import type { FeeRule } from "./tariff.js";

export function feeLines(fees: readonly FeeRule[], household: Household): PriceLine[] {
  return fees.flatMap((fee) => {
    const component = fee.kind === "adhesion" ? "one_off_fee" : "fee";
    const payers = fee.per === "beneficiary" ? household.beneficiaries.map((who) => who.index) : [null];
    return payers.map((beneficiary): PriceLine => ({
      beneficiary,
      component,
      basis: { code: fee.per === "beneficiary" ? "fee_per_beneficiary" : "fee_per_contract" },
      amountCents: fee.amountCents,
      label: fee.label,
    }));
  });
}
