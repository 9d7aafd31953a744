/**
 * The states of an opportunity (slide « Cycle de vie des opportunités et devis »). The positive
 * ones in the order a sale advances; `lost` and `out_of_target` close it without a sale.
 */
export const positiveOpportunityStates = [
  "need_detected",
  "proposal",
  "quote",
  "signed_pending_documents",
  "signed_pending_compliance",
  "signed_pending_back_office",
  "won",
] as const;
export const negativeOpportunityStates = ["out_of_target", "lost"] as const;
export const opportunityStates = [...positiveOpportunityStates, ...negativeOpportunityStates] as const;
export type OpportunityState = (typeof opportunityStates)[number];
export type PositiveOpportunityState = (typeof positiveOpportunityStates)[number];

/** The states an opportunity can be closed in by hand, with a reason. */
export const handClosedStates = ["lost", "out_of_target"] as const;
export type HandClosedState = (typeof handClosedStates)[number];

/** Where the sale is over: no quote is added to such an opportunity, and it is not closed again. */
export const closedOpportunityStates = ["won", "lost", "out_of_target"] as const satisfies readonly OpportunityState[];

export function isClosed(state: OpportunityState): boolean {
  return (closedOpportunityStates as readonly OpportunityState[]).includes(state);
}
