import type { DataScope } from "../../platform/auth/data-scope.js";
import type { FieldError } from "../../platform/http/problem.js";

/**
 * The assignment fields a caller sets that would take an opportunity out of their own data scope
 * (they would lose sight of what they just saved): an `introducer` scope keeps its introducer, an
 * `own` scope its advisor; `all` sees everything. Fields left out (undefined) are not being set.
 */
export function assignmentLeavingScope(scope: DataScope, fields: { introducerId?: string | null | undefined; advisorId?: string | null | undefined }): FieldError[] {
  if (scope.level === "introducer" && fields.introducerId !== undefined && fields.introducerId !== scope.introducerId) {
    return [{ path: "introducerId", code: "opportunity.outside_data_scope" }];
  }
  if (scope.level === "own" && fields.advisorId !== undefined && fields.advisorId !== scope.userId) {
    return [{ path: "advisorId", code: "opportunity.outside_data_scope" }];
  }
  return [];
}
