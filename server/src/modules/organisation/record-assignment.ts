import type { Executor } from "../../platform/db/database.js";
import type { RecordAssignment } from "../../platform/records/assignment.js";
import { decideAssignment } from "./assignment-engine.js";
import { candidateRules } from "./assignment-rules-service.js";
import { currentIntroducerOf } from "./advisors-service.js";
import { loadAssignmentSettings } from "./assignment-settings.js";
import type { AssignmentTarget, TargetFacts } from "./assignment-targets.js";
import { sectorOf } from "./sector-derivation.js";
import { sectorCoverage } from "./sectors-service.js";

export type Evaluation =
  /** Market and sector only: the introducer and advisor stay as they are. */
  | "derive"
  /** The rules, if the tenant assigns automatically and nobody assigned the record by hand. */
  | "rules"
  /** The rules whatever the mode and a manual assignment: a manual assignment given back to them. */
  | "rules_now";

const sameAssignment = (facts: TargetFacts, next: RecordAssignment): boolean =>
  facts.stored.market === next.market &&
  facts.stored.sectorId === next.sectorId &&
  facts.current.introducerId === next.introducerId &&
  facts.current.advisorId === next.advisorId &&
  facts.current.assignmentSource === next.assignmentSource;

/**
 * Derives a record's market and sector and, as `evaluation` says, its introducer and advisor from the
 * rules; stores the result when it differs from what the record holds. Returns it, or undefined for
 * a record that is not there.
 */
export async function evaluateAssignment(tx: Executor, tenantId: string, target: AssignmentTarget, id: string, evaluation: Evaluation): Promise<RecordAssignment | undefined> {
  const settings = await loadAssignmentSettings(tx, tenantId);
  const facts = await target.facts(tx, tenantId, id, settings);
  if (!facts) return undefined;
  const rules = evaluation === "derive" ? [] : await candidateRules(tx, tenantId, facts.market, facts.postalCode);
  const memberships = new Map<string, string | undefined>();
  for (const advisorId of new Set(rules.flatMap((rule) => (rule.advisorId ? [rule.advisorId] : [])))) memberships.set(advisorId, await currentIntroducerOf(tx, tenantId, advisorId));
  const mode = evaluation === "derive" ? { ...settings, mode: "manual" as const } : evaluation === "rules_now" ? { ...settings, mode: "automatic" as const } : settings;
  const current = evaluation === "rules_now" ? { ...facts.current, assignmentSource: null } : facts.current;
  const next = decideAssignment(
    { market: facts.market, sectorId: sectorOf(await sectorCoverage(tx, tenantId), facts.postalCode), postalCode: facts.postalCode, current },
    mode,
    rules,
    (userId) => memberships.get(userId),
  );
  if (!sameAssignment(facts, next)) await target.apply(tx, tenantId, id, next);
  return next;
}
