import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import type { RecordAssignment } from "../../platform/records/assignment.js";
import type { AssignmentTargetKind } from "./assignment-targets.js";

/** Whom a record is assigned to: its introducer and advisor. */
export interface AssignedTo {
  introducerId: string | null;
  advisorId: string | null;
}

/** A record whose introducer or advisor just changed: from whom, to whom. */
export interface Reassignment {
  id: string;
  from: AssignedTo;
  to: AssignedTo;
}

/**
 * What depends on a record's assignment and must move with it, told in the transaction of the
 * change (the opportunities module: a prospect's open opportunities follow it to its new agency).
 */
export type ReassignmentFollower = (tx: Executor, ctx: RequestContext, kind: AssignmentTargetKind, moves: readonly Reassignment[]) => Promise<void>;

/** The records whose introducer or advisor differ between `before` and `after` (ids absent from `before` are new: nothing follows them yet). */
export function reassignmentsOf(before: ReadonlyMap<string, AssignedTo>, after: ReadonlyMap<string, RecordAssignment>): Reassignment[] {
  return [...after].flatMap(([id, next]) => {
    const from = before.get(id);
    if (!from || (from.introducerId === next.introducerId && from.advisorId === next.advisorId)) return [];
    return [{ id, from: { introducerId: from.introducerId, advisorId: from.advisorId }, to: { introducerId: next.introducerId, advisorId: next.advisorId } }];
  });
}

/** The followers registered at wiring time, told of every reassignment by the rules, by hand or in bulk. */
export class ReassignmentFollowers {
  private readonly followers: ReassignmentFollower[] = [];

  register(follower: ReassignmentFollower): void {
    this.followers.push(follower);
  }

  async tell(tx: Executor, ctx: RequestContext, kind: AssignmentTargetKind, moves: readonly Reassignment[]): Promise<void> {
    if (moves.length === 0) return;
    for (const follower of this.followers) await follower(tx, ctx, kind, moves);
  }
}
