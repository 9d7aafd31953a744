import type { Database } from "../../platform/db/database.js";
import type { StopListening } from "../../platform/db/notifications.js";
import type { Principal } from "./credentials.js";

/** Sent by the database triggers of migration 0002 whenever a credential may have ended or narrowed. */
export const CREDENTIALS_CHANGED_CHANNEL = "adhesia_credentials_changed";

const TIME_TO_LIVE_MS = 60_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  cachedUntil: number;
}

/**
 * Resolved credentials by secret hash, so that a request costs no look-up when its session or key
 * was seen in the last minute. Correctness rests on the change feed: the cache is used only while
 * this process listens to it, and emptied on every change, in every api process at once.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private listening = false;
  /** Bumped on every change, so that a look-up that raced with a change does not store its stale answer. */
  private generation = 0;
  private stopListening: StopListening | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  async start(database: Pick<Database, "listen">): Promise<void> {
    this.stopListening = await database.listen(CREDENTIALS_CHANGED_CHANNEL, {
      onNotification: () => this.forgetAll(),
      onListening: (listening) => {
        this.forgetAll();
        this.listening = listening;
      },
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = undefined;
  }

  /** The cached principal of this secret hash, or the loaded one; unknown secrets are never cached. */
  async resolve(secretHash: string, load: () => Promise<Principal | undefined>): Promise<Principal | undefined> {
    if (!this.listening) return load();
    const now = this.now();
    const cached = this.entries.get(secretHash);
    if (cached && cached.cachedUntil > now) return cached.principal;
    const generation = this.generation;
    const principal = await load();
    if (principal && generation === this.generation) this.remember(secretHash, principal, now);
    return principal;
  }

  forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private remember(secretHash: string, principal: Principal, now: number): void {
    this.entries.delete(secretHash);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    const sessionEnds = principal.kind === "session" ? principal.expiresAt.getTime() : Number.POSITIVE_INFINITY;
    this.entries.set(secretHash, { principal, cachedUntil: Math.min(now + TIME_TO_LIVE_MS, sessionEnds) });
  }
}
