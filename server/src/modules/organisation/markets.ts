import { headcountBands } from "../reference-data/index.js";
import type { Market } from "../../platform/records/assignment.js";

/** The tenant's market settings (docs/domain/assignment.md). */
export interface MarketSettings {
  companiesInMdpro: boolean;
  /** Companies up to this INSEE band (included) are MDPRO, when companiesInMdpro. */
  mdproMaxHeadcountBand: string | null;
  /** Companies from this INSEE band are MDE; null: every company not MDPRO is. */
  mdeFromHeadcountBand: string | null;
}

const rankOf = (band: string | null): number | undefined => {
  const index = headcountBands.findIndex((entry) => entry.code === band);
  return index < 0 ? undefined : index;
};

/** Individuals are MDP, professionals MDPRO: the category decides alone. */
export function marketOfPerson(category: "individual" | "professional"): Market {
  return category === "individual" ? "MDP" : "MDPRO";
}

/**
 * A company is MDPRO when the tenant files its small companies there and its band is at most the
 * MDPRO threshold; otherwise MDE, from the MDE threshold if the tenant sets one (below it: no
 * market, hence no rule). A company whose band is unknown is MDE: nothing says it is small.
 */
export function marketOfCompany(settings: MarketSettings, headcountBand: string | null): Market | null {
  const rank = rankOf(headcountBand);
  if (rank === undefined) return "MDE";
  const mdproMax = rankOf(settings.mdproMaxHeadcountBand);
  if (settings.companiesInMdpro && mdproMax !== undefined && rank <= mdproMax) return "MDPRO";
  const mdeFrom = rankOf(settings.mdeFromHeadcountBand);
  return mdeFrom === undefined || rank >= mdeFrom ? "MDE" : null;
}
