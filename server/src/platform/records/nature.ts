import { and, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { recordAudit } from "../audit/audit-log.js";
import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";
import { emitEvent } from "../events/outbox.js";

/** A record table with a derived life-cycle stage (persons, companies). */
type NaturedTable = PgTable & { tenantId: PgColumn; id: PgColumn; nature: PgColumn };

/**
 * Stores a record's nature as the life-cycle rule derived it, in the caller's transaction (it
 * stands or falls with the opportunity or contract that changed it). No version bump: it is not the
 * record's content, and a user editing the record meanwhile must not get a conflict. Audited and
 * announced only when it changes; answers the previous nature then.
 */
export async function storeDerivedNature<N extends string>(tx: Executor, ctx: RequestContext, table: NaturedTable, entity: string, id: string, nature: N): Promise<N | undefined> {
  const [before] = (await tx
    .select({ nature: table.nature })
    .from(table as PgTable)
    .where(and(eq(table.tenantId, ctx.tenantId), eq(table.id, id), ne(table.nature, nature)))
    .for("update")) as Array<{ nature: N }>;
  if (!before) return undefined;
  await tx.update(table).set({ nature } as Record<string, unknown>).where(and(eq(table.tenantId, ctx.tenantId), eq(table.id, id)));
  await recordAudit(tx, ctx, { entity, entityId: id, before: { nature: before.nature }, after: { nature } });
  await emitEvent(tx, ctx, { type: `${entity}.nature_changed`, entity, entityId: id, payload: { from: before.nature, to: nature } });
  return before.nature;
}
