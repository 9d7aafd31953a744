import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import { requireSession, type RequestContext } from "../../platform/auth/context.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withSystem, withTenant } from "../../platform/db/tenant-transaction.js";
import { Problem } from "../../platform/http/problem.js";
import type { CredentialCache } from "./credential-cache.js";
import { permissionsOfUser, principalFromSessionToken } from "./credentials.js";
import { emailKey, isThrottled, LOGIN_WINDOW_MINUTES } from "./login-throttle.js";
import { loginFailures, sessions, users } from "./schema.js";
import { hashPassword, randomToken, sha256, verifyPassword } from "./secrets.js";

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  tenantId: string;
  roles: string[];
  permissions: string[];
  locale: "fr" | "en";
  totpEnabled: boolean;
}

export interface SessionView {
  user: SessionUser;
  tenant: { id: string; slug: string; name: string };
  csrfToken: string;
}

export interface LoginInput {
  email: string;
  password: string;
  totpCode?: string | undefined;
  ipAddress: string;
}

const invalidCredentials = (): Problem => new Problem(401, "auth.invalid_credentials");

let dummyHash: Promise<string> | undefined;

/**
 * The argon2id hash of a random password nobody knows, made once per process on first need with
 * the same parameters as real hashes. A sign-in with an unknown e-mail (or an account without a
 * password) verifies against it, so it costs one argon2 verification like a wrong password does
 * and its answer time does not reveal which e-mails have an account.
 */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomToken()).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}

/**
 * Whether a TOTP code is good for the user, and if so spends it: a code is accepted once, and
 * never one older than the last accepted (RFC 6238 §5.2), so a code seen over a shoulder or in a
 * proxy's log cannot open a second session within its minute.
 */
async function acceptTotpCode(executor: Executor, user: { tenantId: string; id: string; totpSecret: string | null }, code: string): Promise<boolean> {
  if (!user.totpSecret) return false;
  const result = await verify({ secret: user.totpSecret, token: code, epochTolerance: 30 });
  // `verify` answers HOTP's shape too (a counter); a TOTP secret always gets a time step.
  if (!result.valid || !("timeStep" in result)) return false;
  const [spent] = await executor
    .update(users)
    .set({ totpLastStep: result.timeStep })
    .where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, result.timeStep))))
    .returning({ id: users.id });
  return spent !== undefined;
}

export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly credentials: CredentialCache,
    private readonly sessionTtlHours: number,
  ) {}

  /** Checks the password (and the TOTP code when enabled) and opens a session; returns its secret token. */
  async login(input: LoginInput): Promise<{ token: string; session: SessionView; expiresAt: Date }> {
    const key = emailKey(input.email);
    await this.refuseWhenThrottled(key, input.ipAddress);
    const [user] = await this.database.db.select().from(users).where(sql`lower(${users.email}) = ${key}`);
    // Always exactly one argon2 verification, whether the account exists or not (timing).
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    const passwordOk = Boolean(user?.passwordHash) && passwordMatches;
    if (!user || !user.active || !passwordOk) {
      await this.recordFailure(key, input.ipAddress);
      throw invalidCredentials();
    }
    if (user.totpEnabled && user.totpSecret) {
      if (!input.totpCode) throw new Problem(401, "auth.totp_required");
      if (!(await acceptTotpCode(this.database.db, user, input.totpCode))) {
        await this.recordFailure(key, input.ipAddress);
        throw new Problem(401, "auth.invalid_totp");
      }
    }
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3600_000);
    await withSystem(this.database, async (tx) => {
      await tx.insert(sessions).values({ tenantId: user.tenantId, tokenHash: sha256(token), userId: user.id, csrfToken, expiresAt });
      await tx.update(users).set({ lastLoginAt: new Date() }).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
      await tx.delete(loginFailures).where(eq(loginFailures.emailKey, key));
      await tx.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
    });
    const session = await this.sessionView({ tenantId: user.tenantId, userId: user.id }, csrfToken);
    return { token, session, expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.database.db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
    this.credentials.forgetAll();
  }

  async currentSession(token: string): Promise<SessionView> {
    const principal = await principalFromSessionToken(this.database, sha256(token));
    if (!principal) throw new Problem(401, "auth.unauthenticated");
    return this.sessionView(principal, principal.csrfToken);
  }

  async sessionView(scope: { tenantId: string; userId: string }, csrfToken: string): Promise<SessionView> {
    const [row] = await this.database.rows<{
      id: string;
      email: string;
      displayName: string;
      locale: "fr" | "en";
      totpEnabled: boolean;
      tenantId: string;
      tenantSlug: string;
      tenantName: string;
      roles: string[] | null;
      permissions: string[] | null;
    }>(sql`
      select u.id, u.email, u.display_name as "displayName", u.locale, u.totp_enabled as "totpEnabled",
        t.id as "tenantId", t.slug as "tenantSlug", t.name as "tenantName",
        (select array_agg(r.code order by r.code) from user_roles ur join roles r on r.tenant_id = ur.tenant_id and r.id = ur.role_id
           where ur.tenant_id = u.tenant_id and ur.user_id = u.id) as roles,
        (select array_agg(distinct p) from (${permissionsOfUser}) as held(p)) as permissions
      from users u join tenants t on t.id = u.tenant_id
      where u.tenant_id = ${scope.tenantId} and u.id = ${scope.userId}`);
    if (!row) throw new Problem(401, "auth.unauthenticated");
    return {
      user: {
        id: row.id,
        email: row.email,
        displayName: row.displayName,
        tenantId: row.tenantId,
        roles: row.roles ?? [],
        permissions: (row.permissions ?? []).sort(),
        locale: row.locale,
        totpEnabled: row.totpEnabled,
      },
      tenant: { id: row.tenantId, slug: row.tenantSlug, name: row.tenantName },
      csrfToken,
    };
  }

  /**
   * Starts TOTP enrolment: the secret is kept but not enforced until a first code proves the app has it.
   * Refused while TOTP is on, so that a session alone (without a code) cannot remove the second
   * factor: the user disables it with a code first.
   */
  async beginTotp(ctx: RequestContext): Promise<{ secret: string; otpauthUrl: string }> {
    const userId = requireSession(ctx);
    const secret = generateSecret();
    const email = await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ totpSecret: secret, totpLastStep: null })
        .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId), eq(users.totpEnabled, false)))
        .returning({ email: users.email });
      if (!row) throw new Problem(409, "auth.totp_already_enabled");
      return row.email;
    });
    return { secret, otpauthUrl: generateURI({ issuer: "Adhesia", label: email, secret }) };
  }

  async setTotpEnabled(ctx: RequestContext, code: string, enabled: boolean): Promise<void> {
    const userId = requireSession(ctx);
    await withTenant(this.database, ctx, async (tx) => {
      const [user] = await tx.select().from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
      if (!user || !(await acceptTotpCode(tx, user, code))) throw new Problem(400, "auth.invalid_totp");
      await tx
        .update(users)
        .set({ totpEnabled: enabled, ...(enabled ? {} : { totpSecret: null, totpLastStep: null }) })
        .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
      await recordAudit(tx, ctx, { entity: "user", entityId: userId, before: { totpEnabled: user.totpEnabled }, after: { totpEnabled: enabled } });
    });
  }

  /**
   * A user changes their own password: the current one proves it is them (a failure counts
   * towards the sign-in throttle, like a wrong password at sign-in), and their other sessions end,
   * so that whoever else had the old password is signed out. The session asking keeps going.
   */
  async changePassword(ctx: RequestContext, input: { sessionToken: string | undefined; currentPassword: string; newPassword: string; ipAddress: string }): Promise<void> {
    const userId = requireSession(ctx);
    const [user] = await readAsTenant(this.database, ctx, (tx) => tx.select().from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId))));
    if (!user) throw new Problem(401, "auth.unauthenticated");
    const key = emailKey(user.email);
    await this.refuseWhenThrottled(key, input.ipAddress);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.recordFailure(key, input.ipAddress);
      throw new Problem(400, "validation.failed", { errors: [{ path: "currentPassword", code: "auth.wrong_password" }] });
    }
    if (input.newPassword === input.currentPassword) throw new Problem(400, "validation.failed", { errors: [{ path: "newPassword", code: "auth.password_unchanged" }] });
    const passwordHash = await hashPassword(input.newPassword);
    const kept = input.sessionToken ? sha256(input.sessionToken) : "";
    await withTenant(this.database, ctx, async (tx) => {
      await tx.update(users).set({ passwordHash, updatedAt: new Date(), updatedBy: userId, version: sql`${users.version} + 1` }).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
      await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, userId), ne(sessions.tokenHash, kept)));
      await recordAudit(tx, ctx, { entity: "user", entityId: userId, before: { passwordHash: "old" }, after: { passwordHash } });
    });
    this.credentials.forgetAll();
  }



  private async refuseWhenThrottled(key: string, ipAddress: string): Promise<void> {
    const since = sql`now() - make_interval(mins => ${LOGIN_WINDOW_MINUTES})`;
    const [counts] = await this.database.rows<{ byEmail: number; byAddress: number }>(sql`
      select (select count(*)::int from login_failures where email_key = ${key} and at > ${since}) as "byEmail",
             (select count(*)::int from login_failures where ip_address = ${ipAddress} and at > ${since}) as "byAddress"`);
    if (counts && isThrottled(counts)) {
      throw new Problem(429, "auth.too_many_attempts", {
        params: { minutes: LOGIN_WINDOW_MINUTES },
        headers: { "retry-after": String(LOGIN_WINDOW_MINUTES * 60) },
      });
    }
  }

  private async recordFailure(key: string, ipAddress: string): Promise<void> {
    await this.database.db.insert(loginFailures).values({ emailKey: key, ipAddress });
  }
}

