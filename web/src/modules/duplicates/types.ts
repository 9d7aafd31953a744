import type {
  BulkOutcome,
  CandidateAction as ServerCandidateAction,
  CandidateStatus as ServerCandidateStatus,
  CandidateView,
  ComparisonMethod as ServerComparisonMethod,
  DuplicateCandidate,
  DuplicateTarget as ServerDuplicateTarget,
  FieldComparison,
  MergeView,
  RuleView,
} from "../../../../server/src/modules/duplicates/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Enumerations and shapes of the duplicates API (server/src/modules/duplicates/routes.ts). */
export const DUPLICATE_TARGETS = serverCodes<ServerDuplicateTarget>()(["person", "company"]);
export const CANDIDATE_STATUSES = serverCodes<ServerCandidateStatus>()(["open", "dismissed", "merged", "false_duplicate"]);
export const CANDIDATE_ACTIONS = serverCodes<ServerCandidateAction>()(["merge", "false_duplicate", "dismiss"]);
export const COMPARISON_METHODS = serverCodes<ServerComparisonMethod>()(["exact", "normalised", "phonetic", "fuzzy"]);

export type DuplicateTarget = (typeof DUPLICATE_TARGETS)[number];
export type CandidateAction = (typeof CANDIDATE_ACTIONS)[number];

/** Which side of a merge keeps its value: the kept record ("target") or the merged one ("source"). */
export type FieldChoice = "target" | "source";

/** A record the 409 `*.duplicate_suspected` or POST /duplicates/check proposes, best first; `score` 0..1. */
export type { DuplicateCandidate };

/** GET /duplicate-candidates item: a pair found by a scan. */
export type CandidatePair = CandidateView;

/** A merge of `sourceId` into `targetId`, undoable until `undoableUntil` unless undone. */
export type MergeRecord = MergeView;

export type { FieldComparison };

/** GET /duplicate-rules item. */
export type DuplicateRule = RuleView;

/** POST /duplicate-candidates/decisions answer. */
export type BulkDecisionResult = BulkOutcome;

export const DUPLICATE_PERMISSIONS = {
  read: "duplicate:read",
  merge: "duplicate:merge",
  configure: "duplicate:configure",
} as const;

/** The API collection of each kind of record. */
export const RECORD_RESOURCES: Readonly<Record<DuplicateTarget, "persons" | "companies">> = { person: "persons", company: "companies" };
