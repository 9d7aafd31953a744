import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";
import { insertMany } from "../db/insert-many.js";
import { domainEvents } from "./schema.js";

export interface DomainEventInput {
  type: string;
  entity: string;
  entityId: string;
  payload?: Record<string, unknown>;
}

/** Side effects are announced in the business transaction and carried out after it commits. */
export async function emitEvent(tx: Executor, ctx: RequestContext, event: DomainEventInput): Promise<void> {
  await emitEvents(tx, ctx, [event]);
}

/** Many events in one statement (a feed's batch), each as `emitEvent` would write it. */
export async function emitEvents(tx: Executor, ctx: RequestContext, events: readonly DomainEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await insertMany(
    tx,
    domainEvents,
    events.map((event) => ({
      tenantId: ctx.tenantId,
      type: event.type,
      entity: event.entity,
      entityId: event.entityId,
      payload: { ...event.payload, actorUserId: ctx.userId, requestId: ctx.requestId },
    })),
  );
}
