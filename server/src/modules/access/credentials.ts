import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/database.js";
import { sha256 } from "./secrets.js";

export interface SessionPrincipal {
  kind: "session";
  tenantId: string;
  userId: string;
  csrfToken: string;
  permissions: string[];
}

export interface ApiKeyPrincipal {
  kind: "api_key";
  tenantId: string;
  apiKeyId: string;
  permissions: string[];
}

export type Principal = SessionPrincipal | ApiKeyPrincipal;

export const SESSION_COOKIE = "adhesia_session";

/**
 * Credentials are looked up before any tenant is known, so these queries run with the owner role;
 * they only ever read the one row the secret designates.
 */
export async function principalFromSessionToken(database: Database, token: string): Promise<SessionPrincipal | undefined> {
  const [row] = await database.rows<{ tenantId: string; userId: string; csrfToken: string; permissions: string[] | null }>(sql`
    select s.tenant_id as "tenantId", s.user_id as "userId", s.csrf_token as "csrfToken",
      (select array_agg(distinct p) from user_roles ur join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id,
         unnest(r.permissions) p where ur.tenant_id = s.tenant_id and ur.user_id = s.user_id) as permissions
    from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
    where s.token_hash = ${sha256(token)} and s.expires_at > now() and u.active`);
  return row ? { kind: "session", ...row, permissions: row.permissions ?? [] } : undefined;
}

export async function principalFromApiKey(database: Database, key: string): Promise<ApiKeyPrincipal | undefined> {
  const [row] = await database.rows<{ tenantId: string; apiKeyId: string; permissions: string[] }>(sql`
    select tenant_id as "tenantId", id as "apiKeyId", permissions from api_keys
    where key_hash = ${sha256(key)} and revoked_at is null`);
  return row ? { kind: "api_key", ...row } : undefined;
}

/** Marks a key as used at most once a minute per process, so that reads stay reads. */
export class ApiKeyUsage {
  private readonly lastMarked = new Map<string, number>();

  constructor(private readonly database: Database) {}

  mark(principal: ApiKeyPrincipal): void {
    const now = Date.now();
    if (now - (this.lastMarked.get(principal.apiKeyId) ?? 0) < 60_000) return;
    this.lastMarked.set(principal.apiKeyId, now);
    void this.database
      .rows(sql`update api_keys set last_used_at = now() where tenant_id = ${principal.tenantId} and id = ${principal.apiKeyId}`)
      .catch(() => undefined);
  }
}
