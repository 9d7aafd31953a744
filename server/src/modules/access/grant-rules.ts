import type { RequestContext } from "../../platform/auth/context.js";
import { dataScopeLevels, type DataScopeLevel } from "../../platform/auth/data-scope.js";
import type { FieldError } from "../../platform/http/problem.js";

/** What a role gives: its permissions and how much of the tenant's records it shows. */
export interface Grant {
  permissions: readonly string[];
  dataScope: DataScopeLevel;
}

/** The permissions of a list the caller lacks, as field errors under `path` (`permissions.2`). */
export function permissionsBeyondCaller(ctx: RequestContext, permissions: readonly string[], path: string, code: string): FieldError[] {
  return permissions.flatMap((permission, index) => (ctx.permissions.has(permission) ? [] : [{ path: `${path}.${index}`, code }]));
}

/** Whether a data scope shows more records than the caller's. */
export function scopeWiderThanCaller(ctx: RequestContext, level: DataScopeLevel): boolean {
  return dataScopeLevels.indexOf(level) > dataScopeLevels.indexOf(ctx.dataScope.level);
}

/**
 * Whether a grant gives more than the caller holds: a permission the caller lacks, or a wider data
 * scope. Nobody hands out, or takes over, more than they have: without this rule `admin:users`
 * alone would make its holder an administrator (giving themselves the admin role, or resetting an
 * administrator's password), and `admin:roles` would let its holder widen their own role.
 */
export function exceedsCaller(ctx: RequestContext, grant: Grant): boolean {
  return grant.permissions.some((permission) => !ctx.permissions.has(permission)) || scopeWiderThanCaller(ctx, grant.dataScope);
}
