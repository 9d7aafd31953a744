import { and, asc, count, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { DataScopeLevel } from "../../platform/auth/data-scope.js";
import { isDeclaredPermission } from "../../platform/auth/permissions.js";
import type { Database } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import type { CredentialCache } from "./credential-cache.js";
import { exceedsCaller, permissionsBeyondCaller, scopeWiderThanCaller } from "./grant-rules.js";
import { accessPermissions } from "./permissions.js";
import { roles, userRoles } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface RoleView {
  id: string;
  code: string;
  name: string;
  description: string | null;
  permissions: string[];
  system: boolean;
  dataScope: DataScopeLevel;
  version: number;
}

export interface RoleInput {
  code: string;
  name: string;
  description?: string | null | undefined;
  permissions: string[];
  dataScope?: DataScopeLevel | undefined;
}

const toView = (row: typeof roles.$inferSelect): RoleView => ({
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  permissions: [...row.permissions].sort(),
  system: row.system,
  dataScope: row.dataScope,
  version: row.version,
});

/** Every permission of a role must be one the modules declare: a typo would silently grant nothing. */
/** Refuses (403 `access.grant_beyond_own`, field by field) a role's permissions or data scope beyond the caller's. */
function refuseGrantBeyondCaller(ctx: RequestContext, input: { permissions?: readonly string[] | undefined; dataScope?: DataScopeLevel | undefined }): void {
  const errors = [
    ...permissionsBeyondCaller(ctx, input.permissions ?? [], "permissions", "access.grant_beyond_own"),
    ...(input.dataScope && scopeWiderThanCaller(ctx, input.dataScope) ? [{ path: "dataScope", code: "access.grant_beyond_own" }] : []),
  ];
  if (errors.length > 0) throw new Problem(403, "access.grant_beyond_own", { errors });
}

export function unknownPermissionErrors(permissions: string[], path = "permissions"): FieldError[] {
  return permissions.flatMap((permission, index) =>
    isDeclaredPermission(permission) ? [] : [{ path: `${path}.${index}`, code: "permission.unknown", params: { permission } }],
  );
}

export const roleSortable = { code: roles.code, name: roles.name };

export class RolesService {
  constructor(
    private readonly database: Database,
    private readonly credentials: CredentialCache,
  ) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<RoleView>> {
    requirePermission(ctx, accessPermissions.roles);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(eq(roles.tenantId, ctx.tenantId), anyContains(query.q, roles.code, roles.name));
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(roles).where(where).orderBy(...orderByFromSort(query.sort, roleSortable, [asc(roles.name)])).limit(limit).offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(roles).where(where);
      return { items: rows.map(toView), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<RoleView> {
    requirePermission(ctx, accessPermissions.roles);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(roles).where(and(eq(roles.tenantId, ctx.tenantId), eq(roles.id, id)));
      if (!row) throw notFound();
      return toView(row);
    });
  }

  async create(ctx: RequestContext, input: RoleInput): Promise<RoleView> {
    requirePermission(ctx, accessPermissions.roles);
    const errors = unknownPermissionErrors(input.permissions);
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    refuseGrantBeyondCaller(ctx, input);
    return withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .insert(roles)
        .values({ tenantId: ctx.tenantId, code: input.code, name: input.name, description: input.description ?? null, permissions: [...new Set(input.permissions)], dataScope: input.dataScope ?? "all", createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "role", entityId: row.id, before: null, after: { ...toView(row) } });
      return toView(row);
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "record.already_exists", { errors: [{ path: "code", code: "record.already_exists" }] }) : error;
    });
  }

  async update(ctx: RequestContext, id: string, input: Partial<Omit<RoleInput, "code">> & { version: number }): Promise<RoleView> {
    requirePermission(ctx, accessPermissions.roles);
    const errors = unknownPermissionErrors(input.permissions ?? []);
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    refuseGrantBeyondCaller(ctx, input);
    const updated = await withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(roles).where(and(eq(roles.tenantId, ctx.tenantId), eq(roles.id, id))).for("update");
      const existing = checkVersion(current, input.version);
      if (existing.system) throw new Problem(409, "role.system_readonly");
      if (exceedsCaller(ctx, existing)) throw new Problem(403, "access.role_beyond_own");
      const [row] = await tx
        .update(roles)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.permissions !== undefined ? { permissions: [...new Set(input.permissions)] } : {}),
          ...(input.dataScope !== undefined ? { dataScope: input.dataScope } : {}),
          ...nextVersion(existing, ctx.userId),
        })
        .where(and(eq(roles.tenantId, ctx.tenantId), eq(roles.id, id)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "role", entityId: id, before: { ...toView(existing) }, after: { ...toView(row) } });
      return toView(row);
    });
    if (input.permissions !== undefined || input.dataScope !== undefined) this.credentials.forgetAll();
    return updated;
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, accessPermissions.roles);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(roles).where(and(eq(roles.tenantId, ctx.tenantId), eq(roles.id, id)));
      if (!row) throw notFound();
      if (row.system) throw new Problem(409, "role.system_readonly");
      if (exceedsCaller(ctx, row)) throw new Problem(403, "access.role_beyond_own");
      const [assigned] = await tx.select({ total: count() }).from(userRoles).where(and(eq(userRoles.tenantId, ctx.tenantId), eq(userRoles.roleId, id)));
      if ((assigned?.total ?? 0) > 0) throw new Problem(409, "role.in_use");
      await tx.delete(roles).where(and(eq(roles.tenantId, ctx.tenantId), eq(roles.id, id)));
      await recordAudit(tx, ctx, { entity: "role", entityId: id, before: { ...toView(row) }, after: null });
    });
    this.credentials.forgetAll();
  }
}
