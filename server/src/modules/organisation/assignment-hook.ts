import type { RecordAssignment } from "../../platform/records/assignment.js";
import type { RecordWriteHook } from "../../platform/records/hooks.js";
import type { AssignmentTarget } from "./assignment-targets.js";
import { evaluateAssignments } from "./record-assignment.js";

/**
 * Assignment at entry, in the record's own transaction (screen, API or import alike): a new record,
 * or one whose address or market changed, follows the rules unless it was assigned by hand; any other
 * change only refreshes its market and sector. A new record the rules leave unassigned goes to the
 * advisor who entered it, if they work for an introducer: what they enter stays theirs to see. The
 * records of a batch (a feed's new persons) are evaluated together, in a few statements for all.
 */
export function assignmentHook(target: AssignmentTarget): RecordWriteHook {
  return {
    async saved(tx, ctx, ids, change) {
      const reevaluate = change.created || [...(change.changedFields ?? [])].some((field) => target.reevaluatedBy.has(field));
      const assignments = await evaluateAssignments(tx, ctx.tenantId, target, ids, reevaluate ? "rules" : "derive");
      const enteredBy = ctx.dataScope.introducerId;
      const userId = ctx.userId;
      if (!change.created || !enteredBy || !userId) return;
      const theirs = new Map<string, RecordAssignment>();
      for (const [id, assignment] of assignments) if (!assignment.introducerId) theirs.set(id, { ...assignment, introducerId: enteredBy, advisorId: userId, assignmentSource: "manual" });
      await target.apply(tx, ctx.tenantId, theirs);
    },
    async deleting() {},
    async successorOf() {
      return undefined;
    },
  };
}
