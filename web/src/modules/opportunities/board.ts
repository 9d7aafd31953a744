import { isClosedOpportunity } from "./quoteStates";
import { OPPORTUNITY_STATES, type BoardColumn, type Domain } from "./types";

/** The board's filters as chosen on screen: an empty choice is no filter. */
export interface BoardFilters {
  advisorId?: string | null;
  introducerId?: string | null;
  domain?: Domain | null;
}

/** GET /opportunities/board query: the chosen filters only, and how many cards per column. */
export function boardQuery(filters: BoardFilters, cards: number): string {
  const query = new URLSearchParams();
  for (const key of ["advisorId", "introducerId", "domain"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  query.set("cards", String(cards));
  return query.toString();
}

/** Every state as a column in the order a sale advances, the closes last; a state the answer lacks is an empty column. */
export function orderedColumns(columns: readonly BoardColumn[]): BoardColumn[] {
  return OPPORTUNITY_STATES.map((state) => columns.find((column) => column.state === state) ?? { state, count: 0, expectedAnnualPremiumCents: 0, cards: [] });
}

/** What is still to be won: the opportunities of the open columns and their expected premium. */
export function openTotals(columns: readonly BoardColumn[]): { count: number; expectedAnnualPremiumCents: number } {
  return columns
    .filter((column) => !isClosedOpportunity(column.state))
    .reduce((total, column) => ({ count: total.count + column.count, expectedAnnualPremiumCents: total.expectedAnnualPremiumCents + column.expectedAnnualPremiumCents }), { count: 0, expectedAnnualPremiumCents: 0 });
}
