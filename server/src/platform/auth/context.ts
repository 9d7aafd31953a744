import type { TenantScope } from "../db/tenant-transaction.js";
import { allRecords, type DataScope } from "./data-scope.js";
import type { Locale } from "../i18n/locale.js";
import { forbidden, Problem } from "../http/problem.js";

/** Who is asking, for which tenant, with which rights: every service function takes one. */
export interface RequestContext extends TenantScope {
  apiKeyId: string | null;
  permissions: ReadonlySet<string>;
  locale: Locale;
  requestId: string;
  /** Which of the tenant's persons and companies the caller sees (roles' `data_scope`). */
  dataScope: DataScope;
}

export function hasPermission(ctx: RequestContext, permission: string): boolean {
  return ctx.permissions.has(permission);
}

export function requirePermission(ctx: RequestContext, permission: string): void {
  if (!hasPermission(ctx, permission)) throw forbidden(permission);
}

/**
 * Endpoints for systems (a quoting tool, the back office): an API key is required and a person's
 * cookie session refused, so that a browser cannot pass for an integration (403 auth.api_key_required).
 */
export function requireApiKey(ctx: RequestContext): void {
  if (!ctx.apiKeyId) throw new Problem(403, "auth.api_key_required");
}

/** A person's own account (password, second factor): a signed-in user, never an API key (403 auth.session_required). */
export function requireSession(ctx: RequestContext): string {
  if (!ctx.userId) throw new Problem(403, "auth.session_required");
  return ctx.userId;
}

/** The context of background work done on behalf of a tenant (jobs, event handlers, seed). */
export function systemContext(tenantId: string, permissions: Iterable<string>, requestId = "system"): RequestContext {
  return { tenantId, userId: null, apiKeyId: null, permissions: new Set(permissions), locale: "fr", requestId, dataScope: allRecords };
}
