import { and, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import type { OpportunityView } from "./opportunity-view.js";
import { quotes } from "./schema.js";

/** An opportunity as its page and lists show it: with how many quotes it has (cancelled and expired included). */
export type OpportunityWithCount = OpportunityView & { quotesCount: number };

/** The quote counts of a page of opportunities in one query, not one per row. */
export async function withQuoteCounts(tx: Executor, tenantId: string, views: OpportunityView[]): Promise<OpportunityWithCount[]> {
  if (views.length === 0) return [];
  const counted = await tx
    .select({ opportunityId: quotes.opportunityId, total: count() })
    .from(quotes)
    .where(and(eq(quotes.tenantId, tenantId), inArray(quotes.opportunityId, views.map((view) => view.id))))
    .groupBy(quotes.opportunityId);
  const byId = new Map(counted.map((row) => [row.opportunityId, row.total]));
  return views.map((view) => ({ ...view, quotesCount: byId.get(view.id) ?? 0 }));
}
