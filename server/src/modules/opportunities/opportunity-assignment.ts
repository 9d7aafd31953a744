import type { DataScope } from "../../platform/auth/data-scope.js";
import type { Executor } from "../../platform/db/database.js";
import type { FieldError } from "../../platform/http/problem.js";
import { currentIntroducerOf } from "../organisation/index.js";
import { assignmentLeavingScope } from "./scope-keeping.js";

/** An opportunity's assignment fields as a body sets them: left out (undefined) is not being set. */
export interface AssignmentFields {
  introducerId?: string | null | undefined;
  advisorId?: string | null | undefined;
}

/**
 * The introducer and advisor an opportunity is written with, from what the body sets and what it has
 * now (a new one: its record's). As for records (docs/domain/assignment.md), an advisor brings the
 * introducer they work for today — another introducer beside them is refused
 * (`opportunity.advisor_of_other_introducer`) — and a new introducer set alone keeps the advisor only
 * if they work for it. Then the caller must keep the opportunity in sight (`opportunity.outside_data_scope`,
 * on the field they set).
 */
export async function chosenAssignment(tx: Executor, tenantId: string, scope: DataScope, given: AssignmentFields, current: { introducerId: string | null; advisorId: string | null }): Promise<{ fields: AssignmentFields; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  let { introducerId, advisorId } = given;
  if (advisorId) {
    const worksFor = await currentIntroducerOf(tx, tenantId, advisorId);
    if (worksFor && introducerId !== undefined && introducerId !== worksFor) errors.push({ path: "introducerId", code: "opportunity.advisor_of_other_introducer" });
    else if (worksFor) introducerId = worksFor;
  } else if (advisorId === undefined && introducerId !== undefined && introducerId !== current.introducerId && current.advisorId) {
    if ((await currentIntroducerOf(tx, tenantId, current.advisorId)) !== introducerId) advisorId = null;
  }
  const fields: AssignmentFields = { ...(introducerId === undefined ? {} : { introducerId }), ...(advisorId === undefined ? {} : { advisorId }) };
  // An introducer taken from the advisor is the advisor's field's doing.
  const leaving = assignmentLeavingScope(scope, fields).map((error) => (error.path === "introducerId" && given.introducerId === undefined ? { ...error, path: "advisorId" } : error));
  return { fields, errors: [...errors, ...leaving] };
}
