import type { CoverageDomain } from "../../ui/competitor-coverages/coveragesApi";
import type { BoardCard, BoardColumn, HandClosedState as ServerHandClosedState, OpportunityState as ServerOpportunityState, OpportunityView, QuoteKind as ServerQuoteKind, QuoteOutcome, QuoteState as ServerQuoteState, QuoteView, StateChangeView } from "../../../../server/src/modules/opportunities/index.js";
import { serverCodes } from "../../app/serverCodes";
import type { BeneficiaryRole } from "../pricing";

/** Enumerations of the opportunities API (server/src/modules/opportunities): opportunity states in the order a sale advances, then the closes. */
export const OPPORTUNITY_STATES = serverCodes<ServerOpportunityState>()([
  "need_detected",
  "proposal",
  "quote",
  "signed_pending_documents",
  "signed_pending_compliance",
  "signed_pending_back_office",
  "won",
  "out_of_target",
  "lost",
]);
export const QUOTE_STATES = serverCodes<ServerQuoteState>()([
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
]);
export const HAND_CLOSED_STATES = serverCodes<ServerHandClosedState>()(["lost", "out_of_target"]);
export const QUOTE_KINDS = serverCodes<ServerQuoteKind>()(["priced", "manual", "integration"]);

export type OpportunityState = (typeof OPPORTUNITY_STATES)[number];
export type QuoteState = (typeof QUOTE_STATES)[number];
/** The business domains, as competitor cover and contracts name them. */
export type Domain = CoverageDomain;
export type HandClosedState = (typeof HAND_CLOSED_STATES)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type { BeneficiaryRole };

/** GET /opportunities/{id}: a need of a person or a company in one domain; its state follows its quotes. */
export type OpportunityRecord = OpportunityView & {
  /** GET of one and of the list only: how many quotes it has. */
  quotesCount?: number;
};

/** GET /opportunities/{id}/history item: `fromState` null for the state it was created in. */
export type StateChange = StateChangeView;

/** GET /quotes/{id}: `pricing` is the engine's answer when Adhesia priced it. */
export type QuoteRecord = QuoteView;

/** Answer of a quote's creation or state change: the quote and its opportunity, whose `state` is the new one. */
export type { QuoteOutcome };

/** A beneficiary as sent for a priced quote: a person of the household (its birth date may be corrected), or a role and a birth date. */
export interface BeneficiaryInput {
  role: BeneficiaryRole;
  personId?: string;
  birthDate?: string;
  lastName?: string;
  firstName?: string;
}

export interface PricedQuoteInput {
  opportunityId: string;
  kind: "priced";
  productId: string;
  formulaId: string;
  effectiveDate: string;
  beneficiaries: BeneficiaryInput[];
  postalCode?: string;
  socialRegime?: string;
  /** The sales channel chosen for the proposals: its discount is in the saved price as shown. */
  channel?: string;
}

export interface ManualQuoteInput {
  opportunityId: string;
  kind: "manual";
  number: string;
  annualGrossCents: number;
  effectiveDate: string;
  validUntil: string;
}

/** GET /opportunities/board: one column per state, with its count, premium sum and most recent cards. */
export type { BoardCard, BoardColumn };

export const OPPORTUNITY_PERMISSIONS = { read: "opportunity:read", write: "opportunity:write" } as const;
export const QUOTE_PERMISSIONS = { read: "quote:read", write: "quote:write" } as const;
