import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import type { CredentialCache } from "./credential-cache.js";
import { exceedsCaller } from "./grant-rules.js";
import { accessPermissions } from "./permissions.js";
import { roles, sessions, userRoles, users } from "./schema.js";
import { hashPassword, temporaryPassword } from "./secrets.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  locale: "fr" | "en";
  roleIds: string[];
  totpEnabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  password?: string | undefined;
  roleIds: string[];
  locale: "fr" | "en";
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  active?: boolean | undefined;
  roleIds?: string[] | undefined;
  locale?: "fr" | "en" | undefined;
  version: number;
}

type UserRow = typeof users.$inferSelect;

const emailTaken = (): Problem => new Problem(409, "user.email_taken", { errors: [{ path: "email", code: "user.email_taken" }] });

function toView(row: UserRow, roleIds: string[]): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    active: row.active,
    locale: row.locale,
    roleIds,
    totpEnabled: row.totpEnabled,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

async function roleIdsOf(tx: Executor, tenantId: string, userIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await tx.select().from(userRoles).where(and(eq(userRoles.tenantId, tenantId), inArray(userRoles.userId, userIds)));
  for (const row of rows) byUser.get(row.userId)?.push(row.roleId);
  return byUser;
}

export const userSortable = { email: users.email, displayName: users.displayName, createdAt: users.createdAt, lastLoginAt: users.lastLoginAt };

export class UsersService {
  constructor(
    private readonly database: Database,
    private readonly credentials: CredentialCache,
  ) {}

  async list(ctx: RequestContext, query: ListQuery & { active?: boolean | undefined }): Promise<Page<UserView>> {
    requirePermission(ctx, accessPermissions.users);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = and(
        eq(users.tenantId, ctx.tenantId),
        anyContains(query.q, users.email, users.displayName),
        query.active === undefined ? undefined : eq(users.active, query.active),
      );
      const { limit, offset } = pageWindow(query);
      const rows = await tx.select().from(users).where(where).orderBy(...orderByFromSort(query.sort, userSortable, [asc(users.email)])).limit(limit).offset(offset);
      const [totalRow] = await tx.select({ total: count() }).from(users).where(where);
      const roleIds = await roleIdsOf(tx, ctx.tenantId, rows.map((row) => row.id));
      return { items: rows.map((row) => toView(row, roleIds.get(row.id) ?? [])), total: totalRow?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<UserView> {
    requirePermission(ctx, accessPermissions.users);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx.select().from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, id)));
      if (!row) throw notFound();
      return toView(row, (await roleIdsOf(tx, ctx.tenantId, [id])).get(id) ?? []);
    });
  }

  /** Creates the account; without a password, a temporary one is generated and returned once. */
  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserView & { temporaryPassword?: string }> {
    requirePermission(ctx, accessPermissions.users);
    const generated = input.password ? undefined : temporaryPassword();
    const passwordHash = await hashPassword(input.password ?? generated ?? "");
    await this.refuseTakenEmail(input.email);
    const view = await withTenant(this.database, ctx, async (tx) => {
      await this.checkRoles(tx, ctx, input.roleIds);
      const [row] = await tx
        .insert(users)
        .values({ tenantId: ctx.tenantId, email: input.email.trim().toLowerCase(), displayName: input.displayName, passwordHash, locale: input.locale, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await this.replaceRoles(tx, ctx.tenantId, row.id, input.roleIds);
      const created = toView(row, input.roleIds);
      await recordAudit(tx, ctx, { entity: "user", entityId: row.id, before: null, after: { ...created, passwordHash } });
      return created;
    }).catch((error: unknown) => {
      // Two admins creating the same e-mail at once: the unique index decides.
      throw isUniqueViolation(error) ? emailTaken() : error;
    });
    return generated ? { ...view, temporaryPassword: generated } : view;
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
    requirePermission(ctx, accessPermissions.users);
    if (input.active === false && id === ctx.userId) throw new Problem(409, "user.cannot_deactivate_self");
    const updated = await withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx.select().from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, id))).for("update");
      const existing = checkVersion(current, input.version);
      await this.refuseUserBeyondCaller(tx, ctx, id);
      const before = toView(existing, (await roleIdsOf(tx, ctx.tenantId, [id])).get(id) ?? []);
      if (input.roleIds) {
        await this.checkRoles(tx, ctx, input.roleIds);
        await this.replaceRoles(tx, ctx.tenantId, id, input.roleIds);
      }
      const [row] = await tx
        .update(users)
        .set({
          ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(input.locale !== undefined ? { locale: input.locale } : {}),
          ...nextVersion(existing, ctx.userId),
        })
        .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, id)))
        .returning();
      if (!row) throw notFound();
      // A deactivated account loses its open sessions at once.
      if (input.active === false) await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, id)));
      const after = toView(row, input.roleIds ?? before.roleIds);
      await recordAudit(tx, ctx, { entity: "user", entityId: id, before: { ...before }, after: { ...after } });
      return after;
    });
    if (input.active !== undefined || input.roleIds !== undefined) this.credentials.forgetAll();
    return updated;
  }

  /** Replaces the password by a temporary one, returned once, and closes the user's sessions. */
  async resetPassword(ctx: RequestContext, id: string): Promise<{ temporaryPassword: string }> {
    requirePermission(ctx, accessPermissions.users);
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await withTenant(this.database, ctx, async (tx) => {
      await this.refuseUserBeyondCaller(tx, ctx, id);
      const [row] = await tx
        .update(users)
        .set({ passwordHash, updatedAt: new Date(), updatedBy: ctx.userId, version: sql`${users.version} + 1` })
        .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, id)))
        .returning({ id: users.id });
      if (!row) throw notFound();
      await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenantId), eq(sessions.userId, id)));
      await recordAudit(tx, ctx, { entity: "user", entityId: id, before: { passwordHash: "old" }, after: { passwordHash } });
    });
    this.credentials.forgetAll();
    return { temporaryPassword: password };
  }

  /** Refuses unknown roles (400) and roles that give more than the caller holds (403), each named by its field. */
  private async checkRoles(tx: Executor, ctx: RequestContext, roleIds: string[]): Promise<void> {
    if (roleIds.length === 0) return;
    const found = await tx.select({ id: roles.id, permissions: roles.permissions, dataScope: roles.dataScope }).from(roles).where(and(eq(roles.tenantId, ctx.tenantId), inArray(roles.id, roleIds)));
    const byId = new Map(found.map((row) => [row.id, row]));
    const unknown = roleIds.flatMap((roleId, index) => (byId.has(roleId) ? [] : [{ path: `roleIds.${index}`, code: "role.unknown" }]));
    if (unknown.length > 0) throw new Problem(400, "validation.failed", { errors: unknown });
    const beyond = roleIds.flatMap((roleId, index) => {
      const role = byId.get(roleId);
      return role && exceedsCaller(ctx, role) ? [{ path: `roleIds.${index}`, code: "access.grant_beyond_own" }] : [];
    });
    if (beyond.length > 0) throw new Problem(403, "access.grant_beyond_own", { errors: beyond });
  }

  /** Refuses (403) acting on an account whose roles give more than the caller holds: that would be taking it over. */
  private async refuseUserBeyondCaller(tx: Executor, ctx: RequestContext, userId: string): Promise<void> {
    const held = await tx
      .select({ permissions: roles.permissions, dataScope: roles.dataScope })
      .from(userRoles)
      .innerJoin(roles, and(eq(roles.tenantId, userRoles.tenantId), eq(roles.id, userRoles.roleId)))
      .where(and(eq(userRoles.tenantId, ctx.tenantId), eq(userRoles.userId, userId)));
    if (held.some((role) => exceedsCaller(ctx, role))) throw new Problem(403, "access.user_beyond_own");
  }


  /** E-mails are unique across tenants (sign-in asks no tenant), which RLS would hide from a tenant query. */
  private async refuseTakenEmail(email: string): Promise<void> {
    const [taken] = await this.database.rows(sql`select 1 from users where lower(email) = ${email.trim().toLowerCase()}`);
    if (taken) throw emailTaken();
  }

  private async replaceRoles(tx: Executor, tenantId: string, userId: string, roleIds: string[]): Promise<void> {
    await tx.delete(userRoles).where(and(eq(userRoles.tenantId, tenantId), eq(userRoles.userId, userId)));
    if (roleIds.length > 0) await tx.insert(userRoles).values([...new Set(roleIds)].map((roleId) => ({ tenantId, userId, roleId })));
  }
}
