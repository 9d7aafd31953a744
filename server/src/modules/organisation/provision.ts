import { eq } from "drizzle-orm";
import type { Database } from "../../platform/db/database.js";
import { withSystem } from "../../platform/db/tenant-transaction.js";
import { syncSystemRoles } from "../access/index.js";
import { installReferenceTables } from "../reference-data/index.js";
import { installSystemOrigins } from "../origins/index.js";
import { installDefaultDuplicateRules } from "../duplicates/index.js";
import { installPricingParameters } from "../pricing/index.js";
import { tenants } from "./schema.js";

export interface TenantInput {
  id?: string;
  slug: string;
  name: string;
  isDemo: boolean;
}

/** Creates a tenant with what it needs to work: system roles, the reference tables, the system origins, the default duplicate rules and the dated pricing parameters. Idempotent by slug. */
export async function provisionTenant(database: Database, input: TenantInput): Promise<{ id: string; created: boolean }> {
  return withSystem(database, async (tx) => {
    const [existing] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, input.slug));
    if (existing) return { id: existing.id, created: false };
    const [row] = await tx
      .insert(tenants)
      .values({ ...(input.id ? { id: input.id } : {}), slug: input.slug, name: input.name, isDemo: input.isDemo ? "yes" : "no" })
      .returning({ id: tenants.id });
    if (!row) throw new Error("insert returned no row");
    await syncSystemRoles(tx, row.id);
    await installReferenceTables(tx, row.id);
    await installSystemOrigins(tx, row.id);
    await installDefaultDuplicateRules(tx, row.id);
    await installPricingParameters(tx, row.id);
    return { id: row.id, created: true };
  });
}

/** Re-applies what code defines for every tenant (system roles, reference tables, system origins, default duplicate rules, pricing parameters), at each start. */
export async function refreshTenants(database: Database): Promise<void> {
  await withSystem(database, async (tx) => {
    for (const tenant of await tx.select({ id: tenants.id }).from(tenants)) {
      await syncSystemRoles(tx, tenant.id);
      await installReferenceTables(tx, tenant.id);
      await installSystemOrigins(tx, tenant.id);
      await installDefaultDuplicateRules(tx, tenant.id);
      await installPricingParameters(tx, tenant.id);
    }
  });
}

export async function findTenantBySlug(database: Database, slug: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await database.db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.slug, slug));
  return row;
}
