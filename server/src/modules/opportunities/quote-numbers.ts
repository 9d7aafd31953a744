import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { quoteNumberCounters, quotes } from "./schema.js";

/**
 * "DEV-2026-000042": the next free number of the tenant's year, given once even under concurrent
 * writes (the counter row is locked by its upsert). A number of the series already taken by a quote
 * typed or pushed with its own number is skipped: otherwise every priced quote after it would be
 * refused, the counter's step rolled back with the failed insert each time.
 */
export async function nextQuoteNumber(tx: Executor, tenantId: string, year: number): Promise<string> {
  for (;;) {
    const [row] = await tx
      .insert(quoteNumberCounters)
      .values({ tenantId, year, last: 1 })
      .onConflictDoUpdate({ target: [quoteNumberCounters.tenantId, quoteNumberCounters.year], set: { last: sql`${quoteNumberCounters.last} + 1`, updatedAt: sql`now()` } })
      .returning({ last: quoteNumberCounters.last });
    if (!row) throw new Error("quote counter returned no row");
    const number = `DEV-${year}-${String(row.last).padStart(6, "0")}`;
    const [taken] = await tx.select({ id: quotes.id }).from(quotes).where(and(eq(quotes.tenantId, tenantId), eq(quotes.number, number)));
    if (!taken) return number;
  }
}
