import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { recordAudit, recordAudits } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, notFound } from "../../platform/http/problem.js";
import { setUserIntroducer, users } from "../access/index.js";
import { findIntroducer } from "./introducers-service.js";
import { organisationPermissions } from "./permissions.js";
import { advisorMemberships, assignmentRules, introducers } from "./schema.js";

export interface AdvisorView {
  userId: string;
  displayName: string;
  email: string;
  since: string;
}

export interface MembershipView {
  id: string;
  introducerId: string;
  introducerName: string;
  introducerCode: string;
  startedAt: string;
  endedAt: string | null;
}

/** The introducer each of these users works for today; a user who works for none is left out. */
export async function currentIntroducersOf(tx: Executor, tenantId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: advisorMemberships.userId, introducerId: advisorMemberships.introducerId })
    .from(advisorMemberships)
    .where(and(eq(advisorMemberships.tenantId, tenantId), inArray(advisorMemberships.userId, [...userIds]), isNull(advisorMemberships.endedAt)));
  return new Map(rows.map((row) => [row.userId, row.introducerId]));
}

/** The introducer a user works for today, if any. */
export async function currentIntroducerOf(tx: Executor, tenantId: string, userId: string): Promise<string | undefined> {
  return (await currentIntroducersOf(tx, tenantId, [userId])).get(userId);
}

/**
 * Advisors: users attached to one introducer at a time. Moving one closes the previous membership,
 * so the history says who worked where when; the current introducer is also written on the user
 * (access module), where sign-in reads it for the data scope.
 */
export class AdvisorsService {
  constructor(private readonly database: Database) {}

  async listCurrent(ctx: RequestContext, introducerId: string): Promise<AdvisorView[]> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await findIntroducer(tx, ctx.tenantId, introducerId))) throw notFound();
      const rows = await tx
        .select({ userId: users.id, displayName: users.displayName, email: users.email, since: advisorMemberships.startedAt })
        .from(advisorMemberships)
        .innerJoin(users, and(eq(users.tenantId, advisorMemberships.tenantId), eq(users.id, advisorMemberships.userId)))
        .where(and(eq(advisorMemberships.tenantId, ctx.tenantId), eq(advisorMemberships.introducerId, introducerId), isNull(advisorMemberships.endedAt)))
        .orderBy(asc(users.displayName));
      return rows.map((row) => ({ ...row, since: row.since.toISOString() }));
    });
  }

  /** Attaches a user to an introducer, moving them from their current one if need be. */
  async attach(ctx: RequestContext, introducerId: string, userId: string): Promise<AdvisorView> {
    requirePermission(ctx, organisationPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await findIntroducer(tx, ctx.tenantId, introducerId))) throw notFound();
      const [user] = await tx.select().from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
      if (!user) throw invalidFields([{ path: "userId", code: "advisor.unknown_user" }]);
      const [current] = await tx
        .select()
        .from(advisorMemberships)
        .where(and(eq(advisorMemberships.tenantId, ctx.tenantId), eq(advisorMemberships.userId, userId), isNull(advisorMemberships.endedAt)))
        .for("update");
      if (current?.introducerId === introducerId) return { userId, displayName: user.displayName, email: user.email, since: current.startedAt.toISOString() };
      if (current) await closeMembership(tx, ctx, current.id);
      const [membership] = await tx.insert(advisorMemberships).values({ tenantId: ctx.tenantId, userId, introducerId }).returning();
      if (!membership) throw new Error("insert returned no row");
      await setUserIntroducer(tx, ctx.tenantId, userId, introducerId);
      await recordAudit(tx, ctx, { entity: "advisor_membership", entityId: membership.id, before: null, after: { userId, introducerId, previousIntroducerId: current?.introducerId ?? null } });
      return { userId, displayName: user.displayName, email: user.email, since: membership.startedAt.toISOString() };
    });
  }

  async detach(ctx: RequestContext, introducerId: string, userId: string): Promise<void> {
    requirePermission(ctx, organisationPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [current] = await tx
        .select()
        .from(advisorMemberships)
        .where(and(eq(advisorMemberships.tenantId, ctx.tenantId), eq(advisorMemberships.userId, userId), eq(advisorMemberships.introducerId, introducerId), isNull(advisorMemberships.endedAt)))
        .for("update");
      if (!current) throw notFound();
      await closeMembership(tx, ctx, current.id);
      await setUserIntroducer(tx, ctx.tenantId, userId, null);
    });
  }

  /** Every introducer the user worked for, the current one first. */
  async memberships(ctx: RequestContext, userId: string): Promise<MembershipView[]> {
    requirePermission(ctx, organisationPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, userId)));
      if (!user) throw notFound();
      const rows = await tx
        .select({ membership: advisorMemberships, introducerName: introducers.name, introducerCode: introducers.code })
        .from(advisorMemberships)
        .innerJoin(introducers, and(eq(introducers.tenantId, advisorMemberships.tenantId), eq(introducers.id, advisorMemberships.introducerId)))
        .where(and(eq(advisorMemberships.tenantId, ctx.tenantId), eq(advisorMemberships.userId, userId)))
        .orderBy(desc(advisorMemberships.startedAt));
      return rows.map(({ membership, introducerName, introducerCode }) => ({
        id: membership.id,
        introducerId: membership.introducerId,
        introducerName,
        introducerCode,
        startedAt: membership.startedAt.toISOString(),
        endedAt: membership.endedAt?.toISOString() ?? null,
      }));
    });
  }
}

/**
 * Ends a membership. The rules of the introducer left that named the advisor keep the place for the
 * introducer and lose the advisor (who no longer works there), so that the table stays valid and its
 * export imports back.
 */
async function closeMembership(tx: Executor, ctx: RequestContext, membershipId: string): Promise<void> {
  const [closed] = await tx
    .update(advisorMemberships)
    .set({ endedAt: new Date() })
    .where(and(eq(advisorMemberships.tenantId, ctx.tenantId), eq(advisorMemberships.id, membershipId)))
    .returning();
  if (!closed) return;
  await recordAudit(tx, ctx, { entity: "advisor_membership", entityId: closed.id, before: { userId: closed.userId, introducerId: closed.introducerId, endedAt: null }, after: { userId: closed.userId, introducerId: closed.introducerId, endedAt: closed.endedAt?.toISOString() ?? null } });
  const released = await tx
    .update(assignmentRules)
    .set({ advisorId: null, version: sql`${assignmentRules.version} + 1`, updatedAt: new Date(), updatedBy: ctx.userId })
    .where(and(eq(assignmentRules.tenantId, ctx.tenantId), eq(assignmentRules.introducerId, closed.introducerId), eq(assignmentRules.advisorId, closed.userId)))
    .returning({ id: assignmentRules.id });
  await recordAudits(tx, ctx, released.map((rule) => ({ entity: "assignment_rule", entityId: rule.id, before: { advisorId: closed.userId }, after: { advisorId: null } })));
}
