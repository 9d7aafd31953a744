import { and, asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import type { OpportunityState } from "./opportunity-states.js";
import { toOpportunityView, toStateChangeView, type OpportunityRow, type OpportunityView, type StateChangeView } from "./opportunity-view.js";
import { opportunities, opportunityStateChanges } from "./schema.js";

export interface StateMove {
  to: OpportunityState;
  reason?: string | null | undefined;
  /** The quote whose change moved it. */
  quoteId?: string | null | undefined;
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
    quoteId: move.quoteId ?? null,
    createdBy: ctx.userId,
    updatedBy: ctx.userId,
  });
}

export async function stateHistory(tx: Executor, tenantId: string, opportunityId: string): Promise<StateChangeView[]> {
  const rows = await tx
    .select()
    .from(opportunityStateChanges)
    .where(and(eq(opportunityStateChanges.tenantId, tenantId), eq(opportunityStateChanges.opportunityId, opportunityId)))
    .orderBy(asc(opportunityStateChanges.createdAt), asc(opportunityStateChanges.id));
  return rows.map(toStateChangeView);
}
