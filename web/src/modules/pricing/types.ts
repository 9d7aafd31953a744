import type { BeneficiaryRole as ServerBeneficiaryRole, ContributionGrid, ContributionType as ServerContributionType, Price, PriceTotals, RowCriteria, TariffInput, TariffRow, TariffView } from "../../../../server/src/modules/pricing/index.js";
import { serverCodes } from "../../app/serverCodes";

/** The tariff and price documents of the API (docs/api.md, "Tariffs and pricing"): amounts in cents, rates as percent texts. */

export const BENEFICIARY_ROLES = serverCodes<ServerBeneficiaryRole>()(["main_insured", "spouse", "child", "dependent"]);
export type BeneficiaryRole = (typeof BENEFICIARY_ROLES)[number];
export const CONTRIBUTION_TYPES = serverCodes<ServerContributionType>()(["per_beneficiary", "per_family_structure", "pmss_percentage", "flat"]);
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

/** A grid row's criteria (an absent criterion matches everyone), the row, and the grid of a formula or of an option. */
export type { RowCriteria, TariffRow, ContributionGrid };

/** The body of POST /products/{id}/tariffs: a whole version. */
export type { TariffInput };

/** GET /products/{id}/tariffs item: a stored version, never changed. */
export type TariffVersion = TariffView;

/** What the tariff screens need of a formula. */
export interface FormulaRef {
  id: string;
  code: string;
  label: string;
  options: Array<{ code: string; label: string }>;
}

/** POST /pricing/price answer, and its totals. */
export type { Price, PriceTotals };
