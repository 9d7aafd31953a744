import { and, eq, ne, or, sql } from "drizzle-orm";
import type { DataScopeLevel } from "../../platform/auth/data-scope.js";
import { permissionCatalogue } from "../../platform/auth/permissions.js";
import type { Executor } from "../../platform/db/database.js";
import { roles } from "./schema.js";

interface SystemRoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: (permission: string) => boolean;
  dataScope: DataScopeLevel;
}

const everyday = new Set(["reference:read", "origin:read", "catalogue:read", "job:read", "file:read", "file:write"]);
const salesRecords = /^(person|company|interaction|opportunity|quote|contract):(read|write)$/;
const marketingRecords = /^(origin|catalogue|segment|population|campaign|event|messaging|web_form):(read|write)$/;

/**
 * Roles every tenant has, defined in code and re-applied at each start so that they follow the
 * permissions new modules declare. Tenants add their own roles beside them.
 */
export const systemRoles: SystemRoleDefinition[] = [
  { code: "admin", name: "Administrateur", description: "Toutes les permissions", grants: () => true, dataScope: "all" },
  {
    code: "manager",
    name: "Manager",
    description: "Consulte tout, suit l'activité et l'historique",
    grants: (permission) => everyday.has(permission) || permission.endsWith(":read") || permission === "audit:read",
    dataScope: "all",
  },
  {
    code: "advisor",
    name: "Conseiller",
    description: "Gère ses prospects, interactions, opportunités et devis",
    grants: (permission) => everyday.has(permission) || salesRecords.test(permission) || permission === "organisation:read",
    // An advisor works the prospects of their agency (or broker), not the whole tenant's.
    dataScope: "introducer",
  },
  {
    code: "marketing",
    name: "Marketing",
    description: "Gère les origines, ciblages, campagnes et événements",
    grants: (permission) => everyday.has(permission) || marketingRecords.test(permission) || permission === "person:read" || permission === "company:read",
    dataScope: "all",
  },
];

export async function syncSystemRoles(tx: Executor, tenantId: string): Promise<void> {
  const declared = permissionCatalogue().map((definition) => definition.code);
  for (const role of systemRoles) {
    const permissions = declared.filter(role.grants);
    await tx
      .insert(roles)
      .values({ tenantId, code: role.code, name: role.name, description: role.description, permissions, system: true, dataScope: role.dataScope })
      .onConflictDoUpdate({
        target: [roles.tenantId, roles.code],
        set: { permissions, name: role.name, description: role.description, system: true, dataScope: role.dataScope, updatedAt: sql`now()` },
        setWhere: and(eq(roles.system, true), or(sql`${roles.permissions} is distinct from ${sql.param(permissions)}::text[]`, ne(roles.dataScope, role.dataScope))),
      });
  }
}
