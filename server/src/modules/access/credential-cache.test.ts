import { describe, expect, it } from "vitest";
import { allRecords } from "../../platform/auth/data-scope.js";
import type { NotificationHandlers } from "../../platform/db/notifications.js";
import { CredentialCache } from "./credential-cache.js";
import type { Principal } from "./credentials.js";

const apiKey: Principal = { kind: "api_key", tenantId: "t1", apiKeyId: "k1", permissions: ["reference:read"], dataScope: allRecords };

/** A change feed driven by the test, standing for the database's LISTEN. */
function feed() {
  let handlers: NotificationHandlers | undefined;
  return {
    source: { listen: async (_channel: string, given: NotificationHandlers) => ((handlers = given), given.onListening(true), async () => undefined) },
    notify: () => handlers?.onNotification(),
    drop: () => handlers?.onListening(false),
  };
}

function counting(principal: Principal | undefined) {
  const loader = { calls: 0, load: async () => ((loader.calls += 1), principal) };
  return loader;
}

describe("CredentialCache", () => {
  it("answers a known secret from memory until a change is notified", async () => {
    const changes = feed();
    const cache = new CredentialCache();
    await cache.start(changes.source);
    const loader = counting(apiKey);
    expect(await cache.resolve("key:a", loader.load)).toEqual(apiKey);
    expect(await cache.resolve("key:a", loader.load)).toEqual(apiKey);
    expect(loader.calls).toBe(1);
    changes.notify();
    await cache.resolve("key:a", loader.load);
    expect(loader.calls).toBe(2);
  });

  it("never caches an unknown secret, so a new key works at once", async () => {
    const changes = feed();
    const cache = new CredentialCache();
    await cache.start(changes.source);
    const loader = counting(undefined);
    await cache.resolve("key:b", loader.load);
    await cache.resolve("key:b", loader.load);
    expect(loader.calls).toBe(2);
  });

  it("reads through while the change feed is down", async () => {
    const changes = feed();
    const cache = new CredentialCache();
    const before = counting(apiKey);
    await cache.resolve("key:c", before.load);
    await cache.resolve("key:c", before.load);
    expect(before.calls).toBe(2);
    await cache.start(changes.source);
    changes.drop();
    const after = counting(apiKey);
    await cache.resolve("key:c", after.load);
    await cache.resolve("key:c", after.load);
    expect(after.calls).toBe(2);
  });

  it("keeps a session no longer than it lives, and an entry no longer than a minute", async () => {
    let now = 1_000_000;
    const changes = feed();
    const cache = new CredentialCache(() => now);
    await cache.start(changes.source);
    const session: Principal = { kind: "session", tenantId: "t1", userId: "u1", csrfToken: "x", permissions: [], dataScope: allRecords, expiresAt: new Date(now + 5_000) };
    const sessionLoader = counting(session);
    await cache.resolve("session:s", sessionLoader.load);
    now += 4_000;
    await cache.resolve("session:s", sessionLoader.load);
    expect(sessionLoader.calls).toBe(1);
    now += 2_000;
    await cache.resolve("session:s", sessionLoader.load);
    expect(sessionLoader.calls).toBe(2);

    const keyLoader = counting(apiKey);
    await cache.resolve("key:d", keyLoader.load);
    now += 61_000;
    await cache.resolve("key:d", keyLoader.load);
    expect(keyLoader.calls).toBe(2);
  });

  it("does not store an answer loaded while a change was notified", async () => {
    const changes = feed();
    const cache = new CredentialCache();
    await cache.start(changes.source);
    let calls = 0;
    const racing = async () => {
      calls += 1;
      if (calls === 1) changes.notify();
      return apiKey;
    };
    await cache.resolve("key:e", racing);
    await cache.resolve("key:e", racing);
    expect(calls).toBe(2);
  });
});
