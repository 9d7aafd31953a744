import type { OpportunityState } from "./opportunity-states.js";

/** Quote states, with the codes of the slide (docs/domain/pipeline.md). */
export const quoteStates = [
  "to_issue",
  "sent",
  "signed_pending_documents",
  "signed_pending_compliance",
  "compliant",
  "middle_office_refused",
  "middle_office_pending_documents",
  "validated",
  "invalidated",
  "void",
  "cancelled",
  "expired",
] as const;
export type QuoteState = (typeof quoteStates)[number];

/** priced: by Adhesia's pricing engine; manual: typed from an external rater; integration: pushed by a quoting system. */
export const quoteKinds = ["priced", "manual", "integration"] as const;
export type QuoteKind = (typeof quoteKinds)[number];

/** The opportunity state each quote state implies; `null`: the quote is ignored (cancelled, expired). */
export const opportunityStateOfQuote: Readonly<Record<QuoteState, OpportunityState | null>> = {
  to_issue: "proposal",
  sent: "quote",
  signed_pending_documents: "signed_pending_documents",
  signed_pending_compliance: "signed_pending_compliance",
  cancelled: null,
  expired: null,
  compliant: "signed_pending_back_office",
  middle_office_refused: "proposal",
  middle_office_pending_documents: "signed_pending_documents",
  validated: "won",
  invalidated: "out_of_target",
  void: "lost",
};

/**
 * The allowed transitions. The ordinary path to_issue → sent → signed_pending_documents →
 * signed_pending_compliance → compliant → validated; the middle office may refuse (back to issue a
 * new one) or ask for documents; any quote not yet validated may be cancelled; quotes not signed
 * expire past their validity date.
 */
const nextStates: Readonly<Record<QuoteState, readonly QuoteState[]>> = {
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

export function allowedNextStates(from: QuoteState): readonly QuoteState[] {
  return nextStates[from];
}

export function isAllowedTransition(from: QuoteState, to: QuoteState): boolean {
  return nextStates[from].includes(to);
}

/** A quote still in play: neither ignored (cancelled, expired) nor at an end (validated, invalidated, void). */
export function isLive(state: QuoteState): boolean {
  return !["cancelled", "expired", "validated", "invalidated", "void"].includes(state);
}

/** The states the daily job moves to `expired` once the validity date has passed: quotes nobody signed. */
export const expirableStates = quoteStates.filter((state) => isAllowedTransition(state, "expired"));
