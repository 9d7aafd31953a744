import type { QuoteState } from "./quote-states.js";
import type { opportunities, opportunityStateChanges } from "./schema.js";

export type OpportunityRow = typeof opportunities.$inferSelect;

/** An opportunity as the API shows it. */
export type OpportunityView = Omit<OpportunityRow, "tenantId" | "createdAt" | "updatedAt"> & { createdAt: string; updatedAt: string };

export function toOpportunityView(row: OpportunityRow): OpportunityView {
  const { tenantId: _tenant, createdAt, updatedAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

/** One change of an opportunity's state, for its history. */
export interface StateChangeView {
  id: string;
  fromState: OpportunityRow["state"] | null;
  toState: OpportunityRow["state"];
  /** The words of who changed it (a hand close's reason, a quote move's optional reason). */
  reason: string | null;
  quoteId: string | null;
  /** The quote's move that caused it, as codes: screens render the labels in their language. */
  quote: { id: string; number: string | null; fromState: QuoteState | null; toState: QuoteState } | null;
  changedBy: string | null;
  changedByName: string | null;
  changedAt: string;
}

type StateChangeRow = typeof opportunityStateChanges.$inferSelect;

export function toStateChangeView(row: StateChangeRow, names: { changedByName: string | null; quoteNumber: string | null }): StateChangeView {
  const quote = row.quoteId && row.quoteToState ? { id: row.quoteId, number: names.quoteNumber, fromState: row.quoteFromState, toState: row.quoteToState } : null;
  return {
    id: row.id,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
    quoteId: row.quoteId,
    quote,
    changedBy: row.createdBy,
    changedByName: names.changedByName,
    changedAt: row.createdAt.toISOString(),
  };
}
