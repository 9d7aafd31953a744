import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { systemContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { quotePermissions } from "./permissions.js";
import { expirableStates } from "./quote-states.js";
import type { QuotesService } from "./quotes-service.js";
import { quotes } from "./schema.js";

/** The daily task's name in the job queue, and when it runs (Europe/Paris). */
export const QUOTE_EXPIRY_TASK = "quotes.expire";
export const QUOTE_EXPIRY_CRON = "15 2 * * *";

const EXPIRY_REASON = "Date de fin de validité dépassée";

/**
 * Expires every quote nobody signed whose validity date is before `today`, tenant by tenant, each
 * through the state machine so that its opportunity follows and the history says why. Safe to run
 * again: it only finds what is still due. Answers how many quotes it expired.
 */
export async function expireQuotes(database: Database, service: QuotesService, today: string): Promise<number> {
  const due = and(lt(quotes.validUntil, today), inArray(quotes.state, [...expirableStates]));
  const tenants = await database.rows<{ tenant_id: string }>(sql`select distinct ${quotes.tenantId} as tenant_id from ${quotes} where ${due}`);
  let expired = 0;
  for (const { tenant_id: tenantId } of tenants) {
    const ctx = systemContext(tenantId, [quotePermissions.read, quotePermissions.write], QUOTE_EXPIRY_TASK);
    expired += await withTenant(database, ctx, async (tx) => {
      const rows = await tx.select({ id: quotes.id }).from(quotes).where(and(eq(quotes.tenantId, tenantId), due));
      for (const row of rows) await service.changeStateIn(tx, ctx, row.id, { state: "expired", reason: EXPIRY_REASON });
      return rows.length;
    });
  }
  return expired;
}
