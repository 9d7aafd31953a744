/** Enumerations and shapes of the duplicates API (server/src/modules/duplicates/routes.ts). */
export const DUPLICATE_TARGETS = ["person", "company"] as const;
export const CANDIDATE_STATUSES = ["open", "dismissed", "merged", "false_duplicate"] as const;
export const CANDIDATE_ACTIONS = ["merge", "false_duplicate", "dismiss"] as const;
export const COMPARISON_METHODS = ["exact", "normalised", "phonetic", "fuzzy"] as const;

export type DuplicateTarget = (typeof DUPLICATE_TARGETS)[number];
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
export type CandidateAction = (typeof CANDIDATE_ACTIONS)[number];
export type ComparisonMethod = (typeof COMPARISON_METHODS)[number];

/** Which side of a merge keeps its value: the kept record ("target") or the merged one ("source"). */
export type FieldChoice = "target" | "source";

/** A record the 409 `*.duplicate_suspected` or POST /duplicates/check proposes, best first. */
export interface DuplicateCandidate {
  id: string;
  displayName: string;
  /** 0..1 */
  score: number;
  /** Code of the rule that matched best. */
  rule: string;
  /** The fields that rule found equal or close. */
  fields: string[];
}

/** GET /duplicate-candidates item: a pair found by a scan. */
export interface CandidatePair {
  id: string;
  target: DuplicateTarget;
  status: CandidateStatus;
  score: number;
  rule: string;
  fields: string[];
  recordA: { id: string; displayName: string };
  recordB: { id: string; displayName: string };
  scanId: string | null;
  foundAt: string;
}

/** A merge of `sourceId` into `targetId`, undoable until `undoableUntil` unless undone. */
export interface MergeRecord {
  id: string;
  target: DuplicateTarget;
  targetId: string;
  sourceId: string;
  fieldChoices: Record<string, FieldChoice>;
  movedRows: number;
  mergedAt: string;
  undoneAt: string | null;
  undoableUntil: string;
}

export interface FieldComparison {
  field: string;
  method: ComparisonMethod;
  threshold?: number;
}

/** GET /duplicate-rules item. */
export interface DuplicateRule {
  id: string;
  code: string;
  target: DuplicateTarget;
  label: string;
  fields: FieldComparison[];
  active: boolean;
  system: boolean;
  version: number;
  updatedAt: string;
}

export interface BulkDecisionResult {
  done: string[];
  failed: Array<{ id: string; code: string }>;
}

export const DUPLICATE_PERMISSIONS = {
  read: "duplicate:read",
  merge: "duplicate:merge",
  configure: "duplicate:configure",
} as const;

/** The API collection of each kind of record. */
export const RECORD_RESOURCES: Readonly<Record<DuplicateTarget, "persons" | "companies">> = { person: "persons", company: "companies" };
