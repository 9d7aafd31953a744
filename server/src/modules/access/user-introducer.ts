import { and, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { users } from "./schema.js";

/**
 * Records the introducer a user works for today, which sign-in reads for the user's data scope. The
 * organisation module calls it when it attaches or detaches an advisor (it keeps the history);
 * the update's trigger empties the credential caches, so the new scope applies at once.
 */
export async function setUserIntroducer(tx: Executor, tenantId: string, userId: string, introducerId: string | null): Promise<boolean> {
  const updated = await tx.update(users).set({ introducerId }).where(and(eq(users.tenantId, tenantId), eq(users.id, userId))).returning({ id: users.id });
  return updated.length > 0;
}
