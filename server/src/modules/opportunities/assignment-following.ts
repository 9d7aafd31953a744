import { and, eq, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import { recordAudits } from "../../platform/audit/audit-log.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { emitEvents } from "../../platform/events/outbox.js";
import type { Reassignment } from "../organisation/index.js";
import { closedOpportunityStates } from "./opportunity-states.js";
import { opportunities } from "./schema.js";

const sameAs = (column: typeof opportunities.introducerId | typeof opportunities.advisorId, value: string | null): SQL => (value === null ? isNull(column) : eq(column, value));

/**
 * A person or company changed hands (the rules after a move, a manual or a bulk reassignment): its
 * open opportunities that were with its former introducer and advisor go with it, in the same
 * transaction, so that the agency now in charge of the prospect sees its sales — a comparator's lead
 * entered unassigned and then dispatched included. An opportunity given to someone else on purpose,
 * and a closed one (who won or lost it stays), keep theirs. Each move is audited on the opportunity.
 */
export async function followHolders(tx: Executor, ctx: RequestContext, kind: "person" | "company", moves: readonly Reassignment[]): Promise<void> {
  const holder = kind === "person" ? opportunities.personId : opportunities.companyId;
  for (const move of moves) {
    const followed = await tx
      .update(opportunities)
      .set({ introducerId: move.to.introducerId, advisorId: move.to.advisorId, version: sql`${opportunities.version} + 1`, updatedAt: new Date(), updatedBy: ctx.userId })
      .where(
        and(
          eq(opportunities.tenantId, ctx.tenantId),
          eq(holder, move.id),
          notInArray(opportunities.state, [...closedOpportunityStates]),
          sameAs(opportunities.introducerId, move.from.introducerId),
          sameAs(opportunities.advisorId, move.from.advisorId),
        ),
      )
      .returning({ id: opportunities.id });
    if (followed.length === 0) continue;
    await recordAudits(
      tx,
      ctx,
      followed.map(({ id }) => ({ entity: "opportunity", entityId: id, before: { ...move.from }, after: { ...move.to } })),
    );
    await emitEvents(tx, ctx, followed.map(({ id }) => ({ type: "opportunity.updated", entity: "opportunity", entityId: id })));
  }
}
