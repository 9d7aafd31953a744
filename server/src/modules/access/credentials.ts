import { sql } from "drizzle-orm";
import type { DataScope, DataScopeLevel } from "../../platform/auth/data-scope.js";
import type { Database } from "../../platform/db/database.js";

export interface SessionPrincipal {
  kind: "session";
  tenantId: string;
  userId: string;
  csrfToken: string;
  permissions: string[];
  dataScope: DataScope;
  expiresAt: Date;
}

export interface ApiKeyPrincipal {
  kind: "api_key";
  tenantId: string;
  apiKeyId: string;
  permissions: string[];
  dataScope: DataScope;
}

export type Principal = SessionPrincipal | ApiKeyPrincipal;

export const SESSION_COOKIE = "adhesia_session";

/** The permissions a user holds today through their roles, as an SQL set of the user `u`. */
export const permissionsOfUser = sql`select p from user_roles ur join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id,
  unnest(r.permissions) p where ur.tenant_id = u.tenant_id and ur.user_id = u.id`;

/**
 * The widest data scope of the user `u`'s roles; a broker's users see no more than their broker's
 * records whatever their roles (docs/domain/assignment.md). The introducer's kind is read by name:
 * access does not import the organisation module that owns the table.
 */
const dataScopeOfUser = sql`(array['own', 'introducer', 'all'])[least(
    coalesce((select max(array_position(array['own', 'introducer', 'all'], r.data_scope)) from user_roles ur
      join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id where ur.tenant_id = u.tenant_id and ur.user_id = u.id), 1),
    case when exists (select 1 from introducers i where i.tenant_id = u.tenant_id and i.id = u.introducer_id and i.kind = 'broker') then 2 else 3 end)]`;

interface ScopeColumns {
  scopeLevel: DataScopeLevel;
  scopeUserId: string;
  scopeIntroducerId: string | null;
}

const dataScopeOf = (row: ScopeColumns): DataScope => ({ level: row.scopeLevel, userId: row.scopeUserId, introducerId: row.scopeIntroducerId });

/**
 * Credentials are looked up before any tenant is known, so these queries run with the owner role;
 * they only ever read the one row the secret designates. Secrets are looked up by their SHA-256.
 */
export async function principalFromSessionToken(database: Database, tokenHash: string): Promise<SessionPrincipal | undefined> {
  const [row] = await database.rows<{ tenantId: string; userId: string; csrfToken: string; permissions: string[] | null; expiresAt: string | Date } & ScopeColumns>(sql`
    select s.tenant_id as "tenantId", s.user_id as "userId", s.csrf_token as "csrfToken", s.expires_at as "expiresAt",
      (select array_agg(distinct p) from (${permissionsOfUser}) as held(p)) as permissions,
      ${dataScopeOfUser} as "scopeLevel", u.id as "scopeUserId", u.introducer_id as "scopeIntroducerId"
    from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
    where s.token_hash = ${tokenHash} and s.expires_at > now() and u.active`);
  if (!row) return undefined;
  const { scopeLevel: _level, scopeUserId: _user, scopeIntroducerId: _introducer, ...session } = row;
  return { kind: "session", ...session, permissions: row.permissions ?? [], dataScope: dataScopeOf(row), expiresAt: new Date(row.expiresAt) };
}

/**
 * A key acts for the user who created it and never beyond them (their data scope too): its permissions are those it was
 * given that its creator still holds, and a key whose creator is deactivated (or gone, or was never
 * recorded) is refused. The triggers of migration 0002 empty the credential caches whenever a
 * user's `active`, their roles or a role's permissions change, so this is re-read at once.
 */
export async function principalFromApiKey(database: Database, keyHash: string): Promise<ApiKeyPrincipal | undefined> {
  const [row] = await database.rows<{ tenantId: string; apiKeyId: string; permissions: string[] } & ScopeColumns>(sql`
    select k.tenant_id as "tenantId", k.id as "apiKeyId",
      array(select p from unnest(k.permissions) p where p in (${permissionsOfUser}) order by p) as permissions,
      ${dataScopeOfUser} as "scopeLevel", u.id as "scopeUserId", u.introducer_id as "scopeIntroducerId"
    from api_keys k join users u on u.tenant_id = k.tenant_id and u.id = k.created_by
    where k.key_hash = ${keyHash} and k.revoked_at is null and u.active`);
  return row ? { kind: "api_key", tenantId: row.tenantId, apiKeyId: row.apiKeyId, permissions: row.permissions, dataScope: dataScopeOf(row) } : undefined;
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
