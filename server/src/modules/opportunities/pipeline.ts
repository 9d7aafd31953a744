import { positiveOpportunityStates, type OpportunityState, type PositiveOpportunityState } from "./opportunity-states.js";
import { opportunityStateOfQuote, type QuoteState } from "./quote-states.js";

const rank = (state: PositiveOpportunityState): number => positiveOpportunityStates.indexOf(state);
const isPositive = (state: OpportunityState): state is PositiveOpportunityState => (positiveOpportunityStates as readonly string[]).includes(state);

/**
 * The multi-quote rule (docs/domain/pipeline.md): cancelled and expired quotes are ignored; among
 * the others the most advanced positive state wins; the opportunity is out_of_target or lost only
 * when every remaining quote maps there (out_of_target first); with no remaining quote its state
 * does not change.
 */
export function opportunityStateFromQuotes(current: OpportunityState, quoteStates: readonly QuoteState[]): OpportunityState {
  const implied = quoteStates.map((state) => opportunityStateOfQuote[state]).filter((state): state is OpportunityState => state !== null);
  if (implied.length === 0) return current;
  const positive = implied.filter(isPositive);
  if (positive.length > 0) return positive.reduce((best, state) => (rank(state) > rank(best) ? state : best));
  return implied.includes("out_of_target") ? "out_of_target" : "lost";
}
