import type { RecordAssignment } from "../../platform/records/assignment.js";
import type { RecordWriteHook } from "../../platform/records/hooks.js";
import type { AssignmentTarget } from "./assignment-targets.js";
import type { ReassignmentFollowers } from "./reassignment-followers.js";
import { assignmentsOfDrafts, evaluateAssignments } from "./record-assignment.js";

/**
 * Assignment at entry, in the record's own transaction (screen, API or import alike): a new record,
 * or one whose address or market changed, follows the rules unless it was assigned by hand; any other
 * change only refreshes its market and sector. A new record the rules leave unassigned goes to the
 * advisor who entered it, if they work for an introducer: what they enter stays theirs to see. A new
 * record's assignment is decided before its insert, from its draft, and written with its row (a
 * feed's batch of new persons: one decision for all, no rewrite after the insert). A stored record
 * that changes hands takes its followers along (its open opportunities).
 */
export function assignmentHook<Draft>(target: AssignmentTarget<Draft>, followers: ReassignmentFollowers): RecordWriteHook<Draft> {
  return {
    async creating(tx, ctx, drafts) {
      const assignments = await assignmentsOfDrafts(tx, ctx.tenantId, target, drafts);
      const enteredBy = ctx.dataScope.introducerId;
      const userId = ctx.userId;
      if (!enteredBy || !userId) return assignments;
      const theirs = (assignment: RecordAssignment): RecordAssignment => (assignment.introducerId ? assignment : { ...assignment, introducerId: enteredBy, advisorId: userId, assignmentSource: "manual" });
      return new Map([...assignments].map(([id, assignment]) => [id, theirs(assignment)]));
    },
    async saved(tx, ctx, ids, change) {
      // A new record was written with the assignment `creating` decided.
      if (change.created) return;
      const reevaluate = [...(change.changedFields ?? [])].some((field) => target.reevaluatedBy.has(field));
      await evaluateAssignments(tx, ctx.tenantId, target, ids, reevaluate ? "rules" : "derive", (moves) => followers.tell(tx, ctx, target.kind, moves));
    },
    async deleting() {},
    async successorOf() {
      return undefined;
    },
  };
}
