import { sql } from "drizzle-orm";
import { APP_ROLE } from "./columns.js";
import type { Database, Tx } from "./database.js";

export interface TenantScope {
  tenantId: string;
  userId: string | null;
}

/**
 * Runs `work` in one transaction as the application role with the tenant set, so that row-level
 * security refuses every other tenant's rows even where a query forgets its filter.
 */
export async function withTenant<T>(database: Database, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${scope.tenantId}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`,
    );
    return work(tx);
  });
}

/** A transaction with the connecting role, for what happens before a tenant is known (sign-in, workers). */
export async function withSystem<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
