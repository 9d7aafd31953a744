import type { RecordWriteHook } from "../../platform/records/hooks.js";
import type { AssignmentTarget } from "./assignment-targets.js";
import { evaluateAssignment } from "./record-assignment.js";

/**
 * Assignment at entry, in the record's own transaction (screen, API or import alike): a new record,
 * or one whose address or market changed, follows the rules unless it was assigned by hand; any other
 * change only refreshes its market and sector. A new record the rules leave unassigned goes to the
 * advisor who entered it, if they work for an introducer: what they enter stays theirs to see.
 */
export function assignmentHook(target: AssignmentTarget): RecordWriteHook {
  return {
    async saved(tx, ctx, ids, change) {
      for (const id of ids) {
        const reevaluate = change.created || [...(change.changedFields ?? [])].some((field) => target.reevaluatedBy.has(field));
        const assignment = await evaluateAssignment(tx, ctx.tenantId, target, id, reevaluate ? "rules" : "derive");
        const enteredBy = ctx.dataScope.introducerId;
        if (change.created && assignment && !assignment.introducerId && enteredBy && ctx.userId) {
          await target.apply(tx, ctx.tenantId, id, { ...assignment, introducerId: enteredBy, advisorId: ctx.userId, assignmentSource: "manual" });
        }
      }
    },
    async deleting() {},
    async successorOf() {
      return undefined;
    },
  };
}
