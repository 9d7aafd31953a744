import type { AssignmentTarget, BulkReassignment } from "./types";

/** What the bulk reassignment form holds: the records to select, and where they go. */
export interface BulkForm {
  target: AssignmentTarget;
  q?: string;
  category?: string;
  postalCode?: string;
  fromIntroducerId?: string;
  fromAdvisorId?: string;
  unassigned?: boolean;
  introducerId?: string;
  advisorId?: string;
}

const text = (value: string | undefined): string => (value ?? "").trim();

/**
 * The API body: empty filters are left out (an empty filter would select nothing on the server),
 * `category` only applies to persons, and "unassigned" excludes a current introducer or advisor.
 * Null while no destination introducer is chosen.
 */
export function bulkRequest(form: BulkForm): BulkReassignment | null {
  const introducerId = text(form.introducerId);
  if (!introducerId) return null;
  const filters: Record<string, string | boolean> = {};
  const put = (key: string, value: string | undefined) => {
    if (text(value)) filters[key] = text(value);
  };
  put("q", form.q);
  if (form.target === "person") put("category", form.category);
  put("postalCode", form.postalCode);
  if (form.unassigned) filters.unassigned = true;
  else {
    put("introducerId", form.fromIntroducerId);
    put("advisorId", form.fromAdvisorId);
  }
  const advisorId = text(form.advisorId);
  return { target: form.target, filters, introducerId, ...(advisorId ? { advisorId } : {}) };
}
