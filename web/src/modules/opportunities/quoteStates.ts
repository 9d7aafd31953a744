import type { OpportunityState, QuoteRecord, QuoteState } from "./types";

/**
 * The quote state machine of the server (server/src/modules/opportunities/quote-states.ts), read
 * here to offer only the moves it allows; the server stays the judge (a stale page gets its 409).
 * `expired` is left to the daily job, `cancelled` is offered apart.
 */
const NEXT_STATES: Readonly<Record<QuoteState, readonly QuoteState[]>> = {
  to_issue: ["sent", "cancelled", "expired"],
  sent: ["signed_pending_documents", "signed_pending_compliance", "void", "cancelled", "expired"],
  signed_pending_documents: ["signed_pending_compliance", "void", "cancelled"],
  signed_pending_compliance: ["compliant", "signed_pending_documents", "invalidated", "void", "cancelled"],
  compliant: ["validated", "middle_office_refused", "middle_office_pending_documents", "invalidated", "cancelled"],
  middle_office_refused: ["to_issue", "sent", "void", "cancelled", "expired"],
  middle_office_pending_documents: ["compliant", "void", "cancelled"],
  validated: [],
  invalidated: ["cancelled"],
  void: ["cancelled"],
  expired: ["cancelled"],
  cancelled: [],
};

/** The moves an advisor may make on a quote in this state, in the order of the sale; cancelling apart. */
export function quoteActions(state: QuoteState): { moves: QuoteState[]; canCancel: boolean } {
  const next = NEXT_STATES[state];
  return { moves: next.filter((to) => to !== "cancelled" && to !== "expired"), canCancel: next.includes("cancelled") };
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
