import type { Database, Executor, TenantSession, Tx } from "./database.js";
import { tenantSettings } from "./database.js";

export type TenantScope = TenantSession;

/**
 * Runs `work` in one transaction as the application role with the tenant set, so that row-level
 * security refuses every other tenant's rows even where a query forgets its filter.
 */
export async function withTenant<T>(database: Database, scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(tenantSettings(scope, true));
    return work(tx);
  });
}

/** Read-only work for a tenant, under the same row-level security, without a transaction. */
export async function readAsTenant<T>(database: Database, scope: TenantScope, work: (db: Executor) => Promise<T>): Promise<T> {
  return database.readAsTenant(scope.tenantId, work);
}

/** A transaction with the connecting role, for what happens before a tenant is known (sign-in, workers). */
export async function withSystem<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(work);
}
