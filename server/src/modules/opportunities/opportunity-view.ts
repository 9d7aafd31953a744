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
  reason: string | null;
  quoteId: string | null;
  changedBy: string | null;
  changedAt: string;
}

export function toStateChangeView(row: typeof opportunityStateChanges.$inferSelect): StateChangeView {
  return { id: row.id, fromState: row.fromState, toState: row.toState, reason: row.reason, quoteId: row.quoteId, changedBy: row.createdBy, changedAt: row.createdAt.toISOString() };
}
