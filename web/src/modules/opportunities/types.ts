import type { Identifier } from "react-admin";
import type { CoverageDomain } from "../../ui/competitor-coverages/coveragesApi";
import type { BeneficiaryRole, Price } from "../pricing";

/** Enumerations of the opportunities API (server/src/modules/opportunities): opportunity states in the order a sale advances, then the closes. */
export const OPPORTUNITY_STATES = [
  "need_detected",
  "proposal",
  "quote",
  "signed_pending_documents",
  "signed_pending_compliance",
  "signed_pending_back_office",
  "won",
  "out_of_target",
  "lost",
] as const;
export const QUOTE_STATES = [
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
export const HAND_CLOSED_STATES = ["lost", "out_of_target"] as const;
export const QUOTE_KINDS = ["priced", "manual", "integration"] as const;

export type OpportunityState = (typeof OPPORTUNITY_STATES)[number];
export type QuoteState = (typeof QUOTE_STATES)[number];
/** The business domains, as competitor cover and contracts name them. */
export type Domain = CoverageDomain;
export type HandClosedState = (typeof HAND_CLOSED_STATES)[number];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type { BeneficiaryRole };

/** GET /opportunities/{id}: a need of a person or a company in one domain; its state follows its quotes. */
export interface OpportunityRecord {
  id: Identifier;
  personId: string | null;
  companyId: string | null;
  domain: Domain;
  productFamily: string | null;
  originId: string;
  wishedStartDate: string | null;
  probability: number | null;
  interactionId: string | null;
  description: string | null;
  introducerId: string | null;
  advisorId: string | null;
  expectedAnnualPremiumCents: number | null;
  state: OpportunityState;
  closedReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
  /** GET of one and of the list only: how many quotes it has. */
  quotesCount?: number;
}

/** The quote's move behind a change of the opportunity's state: `fromState` null when the quote was created. */
export interface QuoteMove {
  id: string;
  number: string | null;
  fromState: QuoteState | null;
  toState: QuoteState;
}

/** GET /opportunities/{id}/history item: `fromState` null for the state it was created in. */
export interface StateChange {
  id: string;
  fromState: OpportunityState | null;
  toState: OpportunityState;
  /** The words of who changed it. */
  reason: string | null;
  quoteId: string | null;
  quote: QuoteMove | null;
  changedBy: string | null;
  changedByName: string | null;
  changedAt: string;
}

export interface QuoteBeneficiary {
  role: BeneficiaryRole;
  personId: string | null;
  lastName: string | null;
  firstName: string | null;
  birthDate: string;
}

/** GET /quotes/{id}: `pricing` is the engine's answer when Adhesia priced it. */
export interface QuoteRecord {
  id: string;
  opportunityId: string;
  kind: QuoteKind;
  number: string;
  productId: string | null;
  formulaId: string | null;
  effectiveDate: string;
  validUntil: string;
  monthlyGrossCents: number | null;
  annualGrossCents: number;
  state: QuoteState;
  /** The moves the server's state machine allows from `state`. */
  nextStates: QuoteState[];
  stateReason: string | null;
  pricing: Price | null;
  tariffVersion: string | null;
  externalReference: string | null;
  beneficiaries: QuoteBeneficiary[];
  version: number;
  createdAt: string;
}

/** Answer of a quote's creation or state change: the quote and its opportunity, whose `state` is the new one. */
export interface QuoteOutcome {
  quote: QuoteRecord;
  opportunity: OpportunityRecord;
}

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
export interface BoardCard extends OpportunityRecord {
  holderName: string;
}
export interface BoardColumn {
  state: OpportunityState;
  count: number;
  expectedAnnualPremiumCents: number;
  cards: BoardCard[];
}

export const OPPORTUNITY_PERMISSIONS = { read: "opportunity:read", write: "opportunity:write" } as const;
export const QUOTE_PERMISSIONS = { read: "quote:read", write: "quote:write" } as const;
