import { isDepartment, isPostalCode, normaliseCode } from "./geoCodes";
import type { AssignmentRuleRecord } from "./types";

type RuleValues = Partial<AssignmentRuleRecord>;

/** A rule names exactly one place: a postal code or a department, each in its format. */
export function validateRule(values: RuleValues): Record<string, string> {
  const postalCode = values.postalCode?.trim() ?? "";
  const department = values.department?.trim() ?? "";
  if (Boolean(postalCode) === Boolean(department)) return { postalCode: "adhesia.organisation.rules.place_required", department: "adhesia.organisation.rules.place_required" };
  if (postalCode && !isPostalCode(postalCode)) return { postalCode: "adhesia.organisation.rules.postal_code_invalid" };
  if (department && !isDepartment(department)) return { department: "adhesia.organisation.rules.department_invalid" };
  return {};
}

/** The body sent: the place normalised ("2a" → "2A"), the one not given as null, no advisor as null. */
export function rulePayload(values: RuleValues): RuleValues {
  const postalCode = values.postalCode?.trim() ? normaliseCode(values.postalCode) : null;
  const department = values.department?.trim() ? normaliseCode(values.department) : null;
  return { ...values, postalCode, department, advisorId: values.advisorId || null };
}
