import type { AssignmentSource, Market, RecordAssignment } from "../../platform/records/assignment.js";
import { departmentOf } from "./departments.js";

export interface AssignmentRuleEntry {
  market: Market;
  postalCode: string | null;
  department: string | null;
  introducerId: string;
  advisorId: string | null;
}

export interface AssignmentMode {
  mode: "manual" | "automatic";
  level: "introducer" | "advisor";
}
/** The codes of the mode and of the level, each alone. */
export type AssignmentModeCode = AssignmentMode["mode"];
export type AssignmentLevelCode = AssignmentMode["level"];

/** What a record says about itself, derived (market, sector) and stored (its current assignment). */
export interface RecordFacts {
  market: Market | null;
  sectorId: string | null;
  postalCode: string | null;
  current: { introducerId: string | null; advisorId: string | null; assignmentSource: AssignmentSource | null };
}

/** The rule for a market and a postal code: the postal code's own entry over its department's. */
export function mostSpecificRule<R extends AssignmentRuleEntry>(rules: readonly R[], market: Market | null, postalCode: string | null): R | undefined {
  if (!market || !postalCode) return undefined;
  const code = postalCode.trim();
  const department = departmentOf(code);
  return (
    rules.find((rule) => rule.market === market && rule.postalCode === code) ??
    (department ? rules.find((rule) => rule.market === market && rule.department === department) : undefined)
  );
}

/**
 * A record's assignment: market and sector are always derived; the introducer and advisor follow the
 * rules only in automatic mode and only when nobody chose them by hand. At the advisor level the
 * introducer is the advisor's own (`introducerOfAdvisor`), an advisor without one being skipped.
 */
export function decideAssignment(
  facts: RecordFacts,
  mode: AssignmentMode,
  rules: readonly AssignmentRuleEntry[],
  introducerOfAdvisor: (userId: string) => string | undefined,
): RecordAssignment {
  const derived = { market: facts.market, sectorId: facts.sectorId };
  if (facts.current.assignmentSource === "manual" || mode.mode === "manual") return { ...derived, ...facts.current };
  const rule = mostSpecificRule(rules, facts.market, facts.postalCode);
  if (!rule) return { ...derived, introducerId: null, advisorId: null, assignmentSource: null };
  const advisorIntroducer = mode.level === "advisor" && rule.advisorId ? introducerOfAdvisor(rule.advisorId) : undefined;
  return advisorIntroducer && rule.advisorId
    ? { ...derived, introducerId: advisorIntroducer, advisorId: rule.advisorId, assignmentSource: "rule" }
    : { ...derived, introducerId: rule.introducerId, advisorId: null, assignmentSource: "rule" };
}
