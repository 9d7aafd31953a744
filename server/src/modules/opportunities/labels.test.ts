import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n/messages.js";
import { opportunitiesEn } from "../../../../web/src/modules/opportunities/messages.en.js";
import { opportunitiesFr } from "../../../../web/src/modules/opportunities/messages.fr.js";
import { contractsEn } from "../../../../web/src/modules/contracts/messages.en.js";
import { contractsFr } from "../../../../web/src/modules/contracts/messages.fr.js";
import { uiEn } from "../../../../web/src/ui/messages.en.js";
import { uiFr } from "../../../../web/src/ui/messages.fr.js";
import { domains } from "../catalogue/index.js";
import { contractStatuses } from "../contracts/index.js";
import { natures } from "../persons/index.js";
import { opportunityStates } from "./opportunity-states.js";
import { quoteKinds, quoteStates } from "./quote-states.js";
import "./messages.js";

const labels = (prefix: string, codes: readonly string[], locale: "fr" | "en") => Object.fromEntries(codes.map((code) => [code, translate(`${prefix}.${code}`, locale)]));

/**
 * The exports and the messages name states, kinds, domains and statuses by the labels the server
 * registers; the screens have theirs in the web's catalogues. A user reads both: they must agree.
 */
describe("the labels the exports and messages write", () => {
  it("are those of the screens, in French and in English, for every code", () => {
    const web = { fr: { opportunities: opportunitiesFr, contracts: contractsFr, ui: uiFr }, en: { opportunities: opportunitiesEn, contracts: contractsEn, ui: uiEn } } as const;
    for (const locale of ["fr", "en"] as const) {
      const screens = web[locale];
      expect(labels("opportunity.state", opportunityStates, locale)).toEqual(screens.opportunities.adhesia.opportunities.states);
      expect(labels("quote.state", quoteStates, locale)).toEqual(screens.opportunities.adhesia.opportunities.quote_states);
      expect(labels("quote.kind", quoteKinds, locale)).toEqual(screens.opportunities.adhesia.opportunities.kinds);
      expect(labels("domain", domains, locale)).toEqual(screens.ui.adhesia.coverages.domains);
      expect(labels("contract.status", contractStatuses, locale)).toEqual(screens.contracts.adhesia.contracts.statuses);
      expect(labels("nature", natures, locale)).toEqual(screens.ui.adhesia.natures);
    }
  });
});
