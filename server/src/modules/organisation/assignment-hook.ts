import type { RecordWriteHook } from "../../platform/records/hooks.js";
import type { AssignmentTarget } from "./assignment-targets.js";
import { evaluateAssignment } from "./record-assignment.js";

/**
 * Assignment at entry, in the record's own transaction (screen, API or import alike): a new record,
 * or one whose address or market changed, follows the rules unless it was assigned by hand; any other
 * change only refreshes its market and sector.
 */
export function assignmentHook(target: AssignmentTarget): RecordWriteHook {
  return {
    async saved(tx, ctx, id, change) {
      const reevaluate = change.created || [...(change.changedFields ?? [])].some((field) => target.reevaluatedBy.has(field));
      await evaluateAssignment(tx, ctx.tenantId, target, id, reevaluate ? "rules" : "derive");
    },
    async deleting() {},
    async successorOf() {
      return undefined;
    },
  };
}
