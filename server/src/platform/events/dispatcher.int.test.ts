import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../auth/context.js";
import { withTenant } from "../db/tenant-transaction.js";
import { startTestApp, type TestApp } from "../../test-support/test-app.js";
import { OutboxDispatcher, type DeliveredEvent } from "./dispatcher.js";
import { emitEvent } from "./outbox.js";

let t: TestApp;
let tenantId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [tenant] = await t.platform.database.rows<{ id: string }>(sql`select id from tenants where slug = 'alpha'`);
  tenantId = tenant?.id ?? "";
});
afterAll(async () => t.close());

describe("outbox", () => {
  it("delivers an event only if its transaction committed, and once it succeeded never again", async () => {
    const { database } = t.platform;
    const ctx = systemContext(tenantId, []);
    const entityId = "01900000-0000-7000-8000-0000000000e1";
    await withTenant(database, ctx, (tx) => emitEvent(tx, ctx, { type: "test.committed", entity: "test", entityId }));
    await expect(
      withTenant(database, ctx, async (tx) => {
        await emitEvent(tx, ctx, { type: "test.rolled_back", entity: "test", entityId });
        throw new Error("business rule refused the change");
      }),
    ).rejects.toThrow();

    const dispatcher = new OutboxDispatcher(database);
    const received: DeliveredEvent[] = [];
    dispatcher.on("test.committed", async (event) => void received.push(event));
    dispatcher.on("test.rolled_back", async (event) => void received.push(event));
    expect(await dispatcher.deliverBatch()).toBe(1);
    expect(await dispatcher.deliverBatch()).toBe(0);
    expect(received.map((event) => [event.type, event.tenantId, event.entityId])).toEqual([["test.committed", tenantId, entityId]]);
  });

  it("keeps a failed delivery for a later retry with the error recorded", async () => {
    const { database } = t.platform;
    const ctx = systemContext(tenantId, []);
    await withTenant(database, ctx, (tx) => emitEvent(tx, ctx, { type: "test.flaky", entity: "test", entityId: "01900000-0000-7000-8000-0000000000e2" }));
    const dispatcher = new OutboxDispatcher(database);
    dispatcher.on("test.flaky", async () => {
      throw new Error("mail server down");
    });
    expect(await dispatcher.deliverBatch()).toBe(0);
    const [row] = await database.rows<{ attempts: number; lastError: string; delivered: boolean; later: boolean }>(
      sql`select attempts, last_error as "lastError", delivered_at is not null as delivered, available_at > now() as later from domain_events where type = 'test.flaky'`,
    );
    expect(row).toEqual({ attempts: 1, lastError: "Error: mail server down", delivered: false, later: true });
  });

  it("keeps an event that no worker handles yet, untouched, and delivers it once a handler registers", async () => {
    const { database } = t.platform;
    const ctx = systemContext(tenantId, []);
    const entityId = "01900000-0000-7000-8000-0000000000e3";
    await withTenant(database, ctx, (tx) => emitEvent(tx, ctx, { type: "test.not_yet_handled", entity: "test", entityId }));
    const pending = async (): Promise<Array<{ attempts: number; delivered: boolean }>> =>
      database.rows(sql`select attempts, delivered_at is not null as delivered from domain_events where type = 'test.not_yet_handled'`);

    const olderWorker = new OutboxDispatcher(database);
    olderWorker.on("test.other", async () => undefined);
    expect(await olderWorker.deliverBatch()).toBe(0);
    expect(await new OutboxDispatcher(database).deliverBatch()).toBe(0);
    expect(await pending()).toEqual([{ attempts: 0, delivered: false }]);

    const newerWorker = new OutboxDispatcher(database);
    const received: string[] = [];
    newerWorker.on("test.not_yet_handled", async (event) => void received.push(event.entityId));
    expect(await newerWorker.deliverBatch()).toBe(1);
    expect(received).toEqual([entityId]);
    expect(await pending()).toEqual([{ attempts: 1, delivered: true }]);
  });
});
