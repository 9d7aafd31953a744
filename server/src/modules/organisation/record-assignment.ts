import type { Executor } from "../../platform/db/database.js";
import type { RecordAssignment } from "../../platform/records/assignment.js";
import { decideAssignment } from "./assignment-engine.js";
import { candidateRules } from "./assignment-rules-service.js";
import { currentIntroducersOf } from "./advisors-service.js";
import { loadAssignmentSettings, type AssignmentSettings } from "./assignment-settings.js";
import type { AssignmentTarget, TargetFacts } from "./assignment-targets.js";
import { reassignmentsOf, type Reassignment } from "./reassignment-followers.js";
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
 * Derives records' market and sector and, as `evaluation` says, their introducer and advisor from the
 * rules; stores the results that differ from what the records hold, in one statement. For a batch
 * (a feed's new persons) as for one record: the settings, sectors, candidate rules and advisors'
 * memberships are read once for all. Returns each record's assignment by id; an id not in the base
 * is left out. `follow` is told which records changed introducer or advisor, once stored.
 */
export async function evaluateAssignments(
  tx: Executor,
  tenantId: string,
  target: AssignmentTarget,
  ids: readonly string[],
  evaluation: Evaluation,
  follow?: (moves: readonly Reassignment[]) => Promise<void>,
): Promise<Map<string, RecordAssignment>> {
  if (ids.length === 0) return new Map();
  const settings = await loadAssignmentSettings(tx, tenantId);
  const facts = await target.facts(tx, tenantId, ids, settings);
  const decided = await decideAssignments(tx, tenantId, settings, facts, evaluation);
  const changed = new Map<string, RecordAssignment>();
  for (const [id, fact] of facts) {
    const next = decided.get(id);
    if (next && !sameAssignment(fact, next)) changed.set(id, next);
  }
  await target.apply(tx, tenantId, changed);
  await follow?.(reassignmentsOf(new Map([...facts].map(([id, fact]) => [id, fact.current])), changed));
  return decided;
}

/**
 * The assignment of records about to be created, by the rules, from their drafts: decided as
 * `evaluateAssignments` decides it for stored records, for their rows to be written with it.
 */
export async function assignmentsOfDrafts<Draft>(tx: Executor, tenantId: string, target: AssignmentTarget<Draft>, drafts: ReadonlyMap<string, Draft>): Promise<Map<string, RecordAssignment>> {
  if (drafts.size === 0) return new Map();
  const settings = await loadAssignmentSettings(tx, tenantId);
  return decideAssignments(tx, tenantId, settings, target.draftFacts(drafts, settings), "rules");
}

/** Each record's assignment from its facts; the candidate rules, the advisors' memberships and the sectors read once for all. */
async function decideAssignments(tx: Executor, tenantId: string, settings: AssignmentSettings, facts: ReadonlyMap<string, TargetFacts>, evaluation: Evaluation): Promise<Map<string, RecordAssignment>> {
  const decided = new Map<string, RecordAssignment>();
  if (facts.size === 0) return decided;
  const rules = evaluation === "derive" ? [] : await candidateRules(tx, tenantId, [...facts.values()]);
  const mode = evaluation === "derive" ? { ...settings, mode: "manual" as const } : evaluation === "rules_now" ? { ...settings, mode: "automatic" as const } : settings;
  // Only the advisor level asks whom a rule's advisor works for.
  const advisors = mode.level === "advisor" ? [...new Set(rules.flatMap((rule) => (rule.advisorId ? [rule.advisorId] : [])))] : [];
  const memberships = await currentIntroducersOf(tx, tenantId, advisors);
  const sectors = await sectorCoverage(tx, tenantId);
  for (const [id, fact] of facts) {
    const current = evaluation === "rules_now" ? { ...fact.current, assignmentSource: null } : fact.current;
    decided.set(id, decideAssignment({ market: fact.market, sectorId: sectorOf(sectors, fact.postalCode), postalCode: fact.postalCode, current }, mode, rules, (userId) => memberships.get(userId)));
  }
  return decided;
}
