import { sql } from "drizzle-orm";
import type { Database } from "../db/database.js";

export interface DeliveredEvent {
  id: string;
  tenantId: string;
  type: string;
  entity: string;
  entityId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

export type EventHandler = (event: DeliveredEvent) => Promise<void>;

const CLAIM_SECONDS = 60;

/**
 * Delivers outbox events to their handlers, at least once. A batch is claimed by one statement
 * (SKIP LOCKED), so several workers share the outbox; handlers run outside any transaction.
 * A worker claims only the types it has handlers for: an event nobody handles yet stays pending,
 * untouched, until a worker with a handler for its type starts (a new module, or a newer worker
 * during a rolling deploy), instead of being marked delivered to nobody.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, EventHandler[]>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly database: Database) {}

  on(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** Claims and delivers one batch; returns how many events were delivered. */
  async deliverBatch(limit = 100): Promise<number> {
    const handledTypes = [...this.handlers.keys()];
    if (handledTypes.length === 0) return 0;
    const claimed = await this.database.rows<DeliveredEvent & { attempts: number }>(sql`
      update domain_events set available_at = now() + make_interval(secs => ${CLAIM_SECONDS}), attempts = attempts + 1
      where (tenant_id, id) in (
        select tenant_id, id from domain_events
        where delivered_at is null and available_at <= now() and type = any(${sql.param(handledTypes)}::text[])
        order by available_at limit ${limit} for update skip locked)
      returning id, tenant_id as "tenantId", type, entity, entity_id as "entityId", payload,
        occurred_at as "occurredAt", attempts`);
    let delivered = 0;
    for (const event of claimed) {
      try {
        for (const handler of this.handlers.get(event.type) ?? []) await handler(event);
        await this.database.rows(sql`update domain_events set delivered_at = now(), last_error = null where tenant_id = ${event.tenantId} and id = ${event.id}`);
        delivered += 1;
      } catch (error) {
        const backoffSeconds = Math.min(3600, 2 ** event.attempts);
        await this.database.rows(sql`
          update domain_events set last_error = ${String(error)}, available_at = now() + make_interval(secs => ${backoffSeconds})
          where tenant_id = ${event.tenantId} and id = ${event.id}`);
      }
    }
    return delivered;
  }

  start(intervalMs = 1000): void {
    const tick = (): void => {
      this.running = this.deliverBatch()
        .catch(() => 0)
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
