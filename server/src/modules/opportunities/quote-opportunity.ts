import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import type { OpportunityRow, OpportunityView } from "./opportunity-view.js";
import { opportunityStateFromQuotes } from "./pipeline.js";
import { quotes } from "./schema.js";
import { moveOpportunity, type QuoteMove } from "./state-history.js";

/** Moves an opportunity to the state its quotes imply (the multi-quote rule), naming the quote that changed and why. */
export async function followQuotes(tx: Executor, ctx: RequestContext, opportunity: OpportunityRow, cause: { quote: QuoteMove; reason?: string | undefined }): Promise<OpportunityView> {
  const states = await tx.select({ state: quotes.state }).from(quotes).where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.opportunityId, opportunity.id)));
  const to = opportunityStateFromQuotes(opportunity.state, states.map((row) => row.state));
  return moveOpportunity(tx, ctx, opportunity, { to, reason: cause.reason, quote: cause.quote });
}
