import { and, asc, eq } from "drizzle-orm";
import { users } from "../access/index.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import type { OpportunityState } from "./opportunity-states.js";
import { toOpportunityView, toStateChangeView, type OpportunityRow, type OpportunityView, type StateChangeView } from "./opportunity-view.js";
import type { QuoteState } from "./quote-states.js";
import { opportunities, opportunityStateChanges, quotes } from "./schema.js";

/** A quote's change that moved an opportunity: `fromState` null when the quote was just created. */
export interface QuoteMove {
  id: string;
  fromState: QuoteState | null;
  toState: QuoteState;
}

export interface StateMove {
  to: OpportunityState;
  /** The words of who changed it. */
  reason?: string | null | undefined;
  /** The quote whose change moved it. */
  quote?: QuoteMove | undefined;
  /** Set only by a hand close: the reason kept on the opportunity. */
  closedReason?: string | null | undefined;
}

/**
 * Moves an opportunity to a state in the caller's transaction and keeps the history (who, when,
 * from, to, why) and the audit trail; a move to the state it is in changes nothing.
 */
export async function moveOpportunity(tx: Executor, ctx: RequestContext, current: OpportunityRow, move: StateMove): Promise<OpportunityView> {
  if (current.state === move.to) return toOpportunityView(current);
  const [row] = await tx
    .update(opportunities)
    .set({ state: move.to, ...(move.closedReason === undefined ? {} : { closedReason: move.closedReason }), ...nextVersion(current, ctx.userId) })
    .where(and(eq(opportunities.tenantId, ctx.tenantId), eq(opportunities.id, current.id)))
    .returning();
  if (!row) throw new Error(`opportunity ${current.id} vanished during its state change`);
  await recordStateChange(tx, ctx, current.id, current.state, move);
  await recordAudit(tx, ctx, { entity: "opportunity", entityId: current.id, before: { state: current.state, closedReason: current.closedReason }, after: { state: row.state, closedReason: row.closedReason } });
  await emitEvent(tx, ctx, { type: "opportunity.state_changed", entity: "opportunity", entityId: current.id, payload: { from: current.state, to: move.to } });
  return toOpportunityView(row);
}

/** One line of the history; `from` is null for the state an opportunity is created in. */
export async function recordStateChange(tx: Executor, ctx: RequestContext, opportunityId: string, from: OpportunityState | null, move: StateMove): Promise<void> {
  await tx.insert(opportunityStateChanges).values({
    tenantId: ctx.tenantId,
    opportunityId,
    fromState: from,
    toState: move.to,
    reason: move.reason ?? null,
    quoteId: move.quote?.id ?? null,
    quoteFromState: move.quote?.fromState ?? null,
    quoteToState: move.quote?.toState ?? null,
    createdBy: ctx.userId,
    updatedBy: ctx.userId,
  });
}

/** The history, oldest first, with who changed each state by name and the number of the quote that moved it (both of the reader's tenant). */
export async function stateHistory(tx: Executor, tenantId: string, opportunityId: string): Promise<StateChangeView[]> {
  const rows = await tx
    .select({ change: opportunityStateChanges, changedByName: users.displayName, quoteNumber: quotes.number })
    .from(opportunityStateChanges)
    .leftJoin(users, and(eq(users.tenantId, opportunityStateChanges.tenantId), eq(users.id, opportunityStateChanges.createdBy)))
    .leftJoin(quotes, and(eq(quotes.tenantId, opportunityStateChanges.tenantId), eq(quotes.id, opportunityStateChanges.quoteId)))
    .where(and(eq(opportunityStateChanges.tenantId, tenantId), eq(opportunityStateChanges.opportunityId, opportunityId)))
    .orderBy(asc(opportunityStateChanges.createdAt), asc(opportunityStateChanges.id));
  return rows.map((row) => toStateChangeView(row.change, { changedByName: row.changedByName, quoteNumber: row.quoteNumber }));
}
