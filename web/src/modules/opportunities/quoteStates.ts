import type { OpportunityState, QuoteRecord, QuoteState } from "./types";

/**
 * The moves an advisor may make on a quote, from the `nextStates` the server reads off its one state
 * machine (the server stays the judge: a stale page gets its 409), in the order of the sale;
 * `expired` is left to the daily job, `cancelled` is offered apart.
 */
export function quoteActions(quote: Pick<QuoteRecord, "nextStates">): { moves: QuoteState[]; canCancel: boolean } {
  return { moves: quote.nextStates.filter((to) => to !== "cancelled" && to !== "expired"), canCancel: quote.nextStates.includes("cancelled") };
}

/** A quote still in play: neither ignored (cancelled, expired) nor at an end (validated, invalidated, void). */
export function isLiveQuote(state: QuoteState): boolean {
  return !["cancelled", "expired", "validated", "invalidated", "void"].includes(state);
}

const CLOSED: readonly OpportunityState[] = ["won", "lost", "out_of_target"];
export const isClosedOpportunity = (state: OpportunityState): boolean => CLOSED.includes(state);

/** Closing by hand (lost, out of target) is for an opportunity still open whose quotes are all over. */
export function canCloseByHand(state: OpportunityState, quotes: ReadonlyArray<Pick<QuoteRecord, "state">>): boolean {
  return !isClosedOpportunity(state) && !quotes.some((quote) => isLiveQuote(quote.state));
}

export type ChipColor = "default" | "info" | "primary" | "secondary" | "warning" | "success" | "error";

const OPPORTUNITY_COLORS: Readonly<Record<OpportunityState, ChipColor>> = {
  need_detected: "default",
  proposal: "info",
  quote: "info",
  signed_pending_documents: "secondary",
  signed_pending_compliance: "secondary",
  signed_pending_back_office: "primary",
  won: "success",
  out_of_target: "warning",
  lost: "error",
};

const QUOTE_COLORS: Readonly<Record<QuoteState, ChipColor>> = {
  to_issue: "default",
  sent: "info",
  signed_pending_documents: "secondary",
  signed_pending_compliance: "secondary",
  compliant: "primary",
  middle_office_refused: "warning",
  middle_office_pending_documents: "warning",
  validated: "success",
  invalidated: "error",
  void: "error",
  cancelled: "default",
  expired: "default",
};

export const opportunityStateColor = (state: OpportunityState): ChipColor => OPPORTUNITY_COLORS[state];
export const quoteStateColor = (state: QuoteState): ChipColor => QUOTE_COLORS[state];
/** Ignored quotes (cancelled, expired) are drawn outlined: they no longer weigh on the opportunity. */
export const isIgnoredQuote = (state: QuoteState): boolean => state === "cancelled" || state === "expired";
