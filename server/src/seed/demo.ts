import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../platform/db/database.js";
import { withSystem } from "../platform/db/tenant-transaction.js";
import type { FileService } from "../platform/files/file-service.js";
import { hashPassword, roles, userRoles, users } from "../modules/access/index.js";
import { provisionTenant } from "../modules/organisation/index.js";
import { duplicateTargets, rebuildKeyIndex } from "../modules/duplicates/index.js";
import { assignAllByRules, assignmentTargetKinds } from "../modules/organisation/index.js";
import { seedDemoOrganisation } from "./demo-organisation.js";
import { seedDemoPersons } from "./demo-persons.js";
import { seedDemoCompanies } from "./demo-companies.js";
import { seedDemoAttachments } from "./demo-attachments.js";
import { seedDemoCatalogue } from "./demo-catalogue.js";
import { seedDemoPipeline } from "./demo-pipeline.js";
import { seedDemoInteractions } from "./demo-interactions.js";
import { seedDemoContracts } from "./demo-contracts.js";

export const DEMO_PASSWORD = "adhesia-demo";

/** Fixed ids keep the demo the same from one install to the next (links in docs, tests, screenshots). */
export const demoTenants = [
  { id: "01900000-0000-7000-8000-00000000a1fa", slug: "alpha", name: "Mutuelle Alpha" },
  { id: "01900000-0000-7000-8000-00000000be7a", slug: "beta", name: "Mutuelle Bêta" },
] as const;

export const demoUsers = [
  { tenant: "alpha", email: "admin@alpha.demo", displayName: "Alice Administratrice", role: "admin" },
  { tenant: "alpha", email: "conseiller@alpha.demo", displayName: "Claude Conseiller", role: "advisor" },
  { tenant: "alpha", email: "marketing@alpha.demo", displayName: "Morgane Marketing", role: "marketing" },
  { tenant: "beta", email: "admin@beta.demo", displayName: "Bruno Administrateur", role: "admin" },
] as const;

/**
 * Seeds the demo tenants and users unless they exist; returns whether anything was created. With
 * `files`, demo persons and companies also get attachments (kept in that file storage).
 */
export async function seedDemo(database: Database, files?: FileService): Promise<boolean> {
  let created = false;
  const tenantIds = new Map<string, string>();
  for (const tenant of demoTenants) {
    const result = await provisionTenant(database, { ...tenant, isDemo: true });
    tenantIds.set(tenant.slug, result.id);
    created ||= result.created;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await withSystem(database, async (tx) => {
    for (const user of demoUsers) {
      const tenantId = tenantIds.get(user.tenant);
      if (!tenantId) continue;
      const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${user.email}`);
      if (existing) continue;
      const [row] = await tx.insert(users).values({ tenantId, email: user.email, displayName: user.displayName, passwordHash }).returning({ id: users.id });
      const [role] = await tx.select({ id: roles.id }).from(roles).where(and(eq(roles.tenantId, tenantId), eq(roles.code, user.role)));
      if (row && role) await tx.insert(userRoles).values({ tenantId, userId: row.id, roleId: role.id });
      created = true;
    }
    for (const [index, tenant] of demoTenants.entries()) {
      const tenantId = tenantIds.get(tenant.slug);
      if (tenantId && (await seedDemoOrganisation(tx, tenantId, tenant.slug, passwordHash))) created = true;
      if (tenantId && (await seedDemoPersons(tx, tenantId, index + 1))) created = true;
      if (tenantId && (await seedDemoCompanies(tx, tenantId, index + 1))) created = true;
      if (tenantId && (await seedDemoCatalogue(tx, tenantId, index + 1))) created = true;
      if (tenantId && files && (await seedDemoAttachments(tx, files, tenantId, index + 1))) created = true;
    }
  });
  // Bulk-loaded records are filed for the duplicate check as if they had been typed in.
  if (created) {
    for (const tenantId of tenantIds.values()) for (const target of duplicateTargets) await rebuildKeyIndex(database, { tenantId, userId: null }, target);
    // And assigned by the tenant's rules, as the write hook assigns what is typed in.
    for (const tenantId of tenantIds.values()) for (const kind of assignmentTargetKinds) await assignAllByRules(database, { tenantId, userId: null }, kind);
  }
  // Interactions go to the advisors of each person's introducer: after the assignment.
  for (const [index, tenant] of demoTenants.entries()) {
    const tenantId = tenantIds.get(tenant.slug);
    if (tenantId && (await withSystem(database, (tx) => seedDemoInteractions(tx, tenantId, index + 1)))) created = true;
  }
  // The pipeline after the assignment too: opportunities take their record's introducer and advisor.
  for (const [index, tenant] of demoTenants.entries()) {
    const tenantId = tenantIds.get(tenant.slug);
    if (tenantId && (await seedDemoPipeline(database, files, tenantId, index + 1))) created = true;
  }
  // Contracts last, as the back office feeds them after the sale: some prospects become members or clients.
  for (const tenant of demoTenants) {
    const tenantId = tenantIds.get(tenant.slug);
    if (tenantId && (await seedDemoContracts(database, files, tenantId))) created = true;
  }
  return created;
}
