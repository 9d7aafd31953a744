import { z } from "zod";
import { diffRecords } from "../audit/changes.js";
import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";
import type { RecordAssignment } from "./assignment.js";

/**
 * What the user decided when the entry of a record matched existing ones: create it anyway and
 * remember each pair as distinct ("faux doublon").
 */
export const duplicateResolutionSchema = z.strictObject({
  decision: z.literal("false_duplicate"),
  candidateIds: z.array(z.uuid()).min(1).max(50),
});
/**
 * For interfaces only (never an HTTP body), which match what they bring in before creating it:
 * `review` — a record a feed could not tell apart from existing ones is created anyway, and each
 * suspected pair goes to the review list; `no_match` — the matching found no candidate, so the
 * record is only filed under its keys, not searched again.
 */
export type DuplicateResolution = z.infer<typeof duplicateResolutionSchema> | { decision: "review" } | { decision: "no_match" };

export interface SavedChange {
  created: boolean;
  duplicateResolution?: DuplicateResolution;
  /** On an update, the fields of the record's view that changed ("addresses" for any address). */
  changedFields?: ReadonlySet<string>;
}

/** The fields that differ between a record's view before and after an update, for `SavedChange.changedFields`. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): ReadonlySet<string> {
  return new Set(Object.keys(diffRecords(before, after)));
}

/**
 * Work other modules do in the same transaction as a person's or company's write, so that a record
 * is never saved without it: the duplicate check at entry (which may refuse the write), its
 * matching keys, its assignment. A record module runs its hooks; it does not know who registered
 * them. `Draft` is what the module tells of a record about to be created (persons' and companies'
 * assignment facts).
 */
export interface RecordWriteHook<Draft = unknown> {
  /**
   * Before new records' rows are written, from their drafts by id: the assignment the hook decides
   * for each, which the record module writes with the row — so that a new record is not rewritten
   * right after its insert (a feed creates thousands at a time). A hook that decides nothing then
   * leaves it out.
   */
  creating?(tx: Executor, ctx: RequestContext, drafts: ReadonlyMap<string, Draft>): Promise<ReadonlyMap<string, RecordAssignment>>;
  /**
   * After the rows (and their addresses) are written, before commit; throwing rolls the write back.
   * Records saved alike in one statement (a feed's new persons) come in one call, so that a hook
   * does its work for all of them in a few statements rather than a few per record.
   */
  saved(tx: Executor, ctx: RequestContext, ids: readonly string[], change: SavedChange): Promise<void>;
  /** Before the row is deleted. */
  deleting(tx: Executor, ctx: RequestContext, id: string): Promise<void>;
  /** The record an id now stands for, when the id is no longer in the base (a merged record's tombstone). */
  successorOf(tx: Executor, tenantId: string, id: string): Promise<string | undefined>;
}

/** The hooks of one record kind, run in registration order. */
export class RecordWriteHooks<Draft = unknown> {
  private readonly hooks: Array<RecordWriteHook<Draft>> = [];

  register(hook: RecordWriteHook<Draft>): void {
    this.hooks.push(hook);
  }

  /** The assignments the hooks decide for records about to be created, by id (none: the record is created unassigned). */
  async creating(tx: Executor, ctx: RequestContext, drafts: ReadonlyMap<string, Draft>): Promise<Map<string, RecordAssignment>> {
    const decided = new Map<string, RecordAssignment>();
    for (const hook of this.hooks) for (const [id, assignment] of (await hook.creating?.(tx, ctx, drafts)) ?? []) decided.set(id, assignment);
    return decided;
  }

  async saved(tx: Executor, ctx: RequestContext, ids: readonly string[], change: SavedChange): Promise<void> {
    if (ids.length === 0) return;
    for (const hook of this.hooks) await hook.saved(tx, ctx, ids, change);
  }

  async deleting(tx: Executor, ctx: RequestContext, id: string): Promise<void> {
    for (const hook of this.hooks) await hook.deleting(tx, ctx, id);
  }

  async successorOf(tx: Executor, tenantId: string, id: string): Promise<string | undefined> {
    for (const hook of this.hooks) {
      const successor = await hook.successorOf(tx, tenantId, id);
      if (successor) return successor;
    }
    return undefined;
  }
}
