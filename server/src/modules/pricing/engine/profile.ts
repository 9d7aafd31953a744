/** Who is to be priced, as the quote or the shop collected it. Dates are ISO yyyy-mm-dd. */
import type { BeneficiaryRole, LocalRegime } from "./tariff.js";

export interface BeneficiaryProfile {
  role: BeneficiaryRole;
  birthDate: string;
}

export interface Introducer {
  id: string;
  kind: string;
}

export interface PricingProfile {
  effectiveDate: string;
  postalCode: string;
  socialRegime: string;
  localRegime: LocalRegime;
  beneficiaries: BeneficiaryProfile[];
  channel?: string;
  introducer?: Introducer;
  /** Codes of the optional modules chosen. */
  options?: string[];
}
