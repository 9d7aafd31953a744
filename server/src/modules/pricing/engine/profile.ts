/** Who is to be priced, as the quote or the shop collected it. Dates are ISO yyyy-mm-dd. */
import type { BeneficiaryRole } from "./tariff.js";

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
  /** "alsace_moselle" or "none". */
  localRegime: string;
  beneficiaries: BeneficiaryProfile[];
  channel?: string;
  introducer?: Introducer;
  /** Codes of the optional modules chosen. */
  options?: string[];
}
