import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import type { CredentialCache } from "./credential-cache.js";
import { permissionsBeyondCaller } from "./grant-rules.js";
import { accessPermissions } from "./permissions.js";
import { unknownPermissionErrors } from "./roles-service.js";
import { apiKeys } from "./schema.js";
import { newApiKey, sha256 } from "./secrets.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toView = (row: typeof apiKeys.$inferSelect): ApiKeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  permissions: [...row.permissions].sort(),
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export const apiKeySortable = { name: apiKeys.name, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt };

export class ApiKeysService {
  constructor(
    private readonly database: Database,
    private readonly credentials: CredentialCache,
  ) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<ApiKeyView>> {
    requirePermission(ctx, accessPermissions.apiKeys);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(eq(apiKeys.tenantId, ctx.tenantId), anyContains(query.q, apiKeys.name, apiKeys.prefix));
      const order = [...orderByFromSort(query.sort, apiKeySortable, [desc(apiKeys.createdAt)]), asc(apiKeys.id)];
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(apiKeys).where(where).orderBy(...order).limit(limit).offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(apiKeys).where(where);
      return { items: rows.map(toView), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  /**
   * Creates a key for a system. Its permissions default to the creator's and may never exceed
   * them, so a key cannot be used to escalate; they stay bounded by the creator's current ones
   * afterwards (credentials.ts). A key created with another key is recorded as created by that
   * key's creator: the person both act for. The key itself is returned once; only its hash is kept.
   */
  async create(ctx: RequestContext, input: { name: string; permissions?: string[] | undefined }): Promise<ApiKeyView & { key: string }> {
    requirePermission(ctx, accessPermissions.apiKeys);
    const permissions = [...new Set(input.permissions ?? [...ctx.permissions])];
    const unknown = unknownPermissionErrors(permissions);
    if (unknown.length > 0) throw new Problem(400, "validation.failed", { errors: unknown });
    const beyondCreator = permissionsBeyondCaller(ctx, permissions, "permissions", "auth.api_key_scope");
    if (beyondCreator.length > 0) throw new Problem(403, "auth.api_key_scope", { errors: beyondCreator });
    const { key, prefix } = newApiKey();
    return withTenant(this.database, ctx, async (tx) => {
      const creator = ctx.userId ?? (await this.creatorOfKey(tx, ctx));
      const [row] = await tx
        .insert(apiKeys)
        .values({ tenantId: ctx.tenantId, name: input.name, prefix, keyHash: sha256(key), permissions, createdBy: creator, updatedBy: creator })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "api_key", entityId: row.id, before: null, after: { ...toView(row) } });
      return { ...toView(row), key };
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, accessPermissions.apiKeys);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .update(apiKeys)
        .set({ revokedAt: new Date(), updatedAt: new Date(), updatedBy: ctx.userId })
        .where(and(eq(apiKeys.tenantId, ctx.tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "api_key", entityId: id, before: { revokedAt: null }, after: { revokedAt: row.revokedAt } });
    });
    this.credentials.forgetAll();
  }

  private async creatorOfKey(tx: Executor, ctx: RequestContext): Promise<string | null> {
    if (!ctx.apiKeyId) return null;
    const [row] = await tx.select({ createdBy: apiKeys.createdBy }).from(apiKeys).where(and(eq(apiKeys.tenantId, ctx.tenantId), eq(apiKeys.id, ctx.apiKeyId)));
    return row?.createdBy ?? null;
  }
}
