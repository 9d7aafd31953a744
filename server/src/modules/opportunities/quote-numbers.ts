import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { quoteNumberCounters } from "./schema.js";

/** "DEV-2026-000042": the next number of the tenant's year, given once even under concurrent writes (the counter row is locked by its upsert). */
export async function nextQuoteNumber(tx: Executor, tenantId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(quoteNumberCounters)
    .values({ tenantId, year, last: 1 })
    .onConflictDoUpdate({ target: [quoteNumberCounters.tenantId, quoteNumberCounters.year], set: { last: sql`${quoteNumberCounters.last} + 1`, updatedAt: sql`now()` } })
    .returning({ last: quoteNumberCounters.last });
  if (!row) throw new Error("quote counter returned no row");
  return `DEV-${year}-${String(row.last).padStart(6, "0")}`;
}
