import type {
  AdvisorView,
  AssignmentLevelCode as ServerAssignmentLevel,
  AssignmentModeCode as ServerAssignmentMode,
  AssignmentRuleView,
  AssignmentSettings as ServerAssignmentSettings,
  AssignmentSettingsView,
  BulkPreview,
  IntroducerKind as ServerIntroducerKind,
  IntroducerView,
  Market as ServerMarket,
  MembershipView,
  RecordAssignment as ServerRecordAssignment,
  SectorView,
  UnassignedItem,
} from "../../../../server/src/modules/organisation/index.js";
import type { DataScopeLevel as ServerDataScope } from "../../../../server/src/modules/access/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Enumerations of the organisation API (server/src/modules/organisation). */
export const INTRODUCER_KINDS = serverCodes<ServerIntroducerKind>()(["agency", "head_office", "broker"]);
export const MARKETS = serverCodes<ServerMarket>()(["MDP", "MDPRO", "MDE"]);
export const ASSIGNMENT_MODES = serverCodes<ServerAssignmentMode>()(["manual", "automatic"]);
export const ASSIGNMENT_LEVELS = serverCodes<ServerAssignmentLevel>()(["introducer", "advisor"]);
export const DATA_SCOPES = serverCodes<ServerDataScope>()(["own", "introducer", "all"]);

export type Market = (typeof MARKETS)[number];
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export type AssignmentLevel = (typeof ASSIGNMENT_LEVELS)[number];
export type AssignmentTarget = "person" | "company";

/** GET /introducers/{id}: an agency, the head office or a broker (ORIAS number for brokers only). */
export type IntroducerRecord = IntroducerView;

/** GET /introducers/{id}/advisors item: a user currently attached to the introducer. */
export type AdvisorEntry = AdvisorView;

/** GET /users/{id}/memberships item: one period of a user with an introducer (`endedAt` null: current). */
export type MembershipEntry = MembershipView;

/** GET /sectors item: departments ("69", "2A", "974") and postal codes ("69003") it covers. */
export type SectorRecord = SectorView;

/** GET /assignment-rules item: exactly one of postalCode / department. */
export type AssignmentRuleRecord = AssignmentRuleView;

/** PUT /settings/assignment body; bands are INSEE headcount band codes. */
export type AssignmentSettings = ServerAssignmentSettings;
/** GET and PUT /settings/assignment answer: the settings and their version. */
export type AssignmentSettingsRecord = AssignmentSettingsView;

/** The assignment fields persons and companies carry. */
export type RecordAssignment = ServerRecordAssignment;

/** GET /assignments/unassigned item. */
export type { UnassignedItem };

/** Body of PUT /{persons|companies}/{id}/assignment. */
export interface AssignmentChoice {
  introducerId?: string;
  advisorId?: string;
}

export interface AssigneeRef {
  introducerId: string | null;
  advisorId: string | null;
}

/** Body of POST /assignments/bulk[/preview]. */
export interface BulkReassignment {
  target: AssignmentTarget;
  filters: Record<string, string | boolean>;
  introducerId: string;
  advisorId?: string;
}

/** POST /assignments/bulk/preview answer. */
export type { BulkPreview };

export const ORGANISATION_PERMISSIONS = {
  read: "organisation:read",
  write: "organisation:write",
  assign: "assignment:write",
} as const;

const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `adhesia.organisation.${prefix}.${id}` }));
export const introducerKindChoices = choicesOf(INTRODUCER_KINDS, "kinds");
export const marketChoices = MARKETS.map((id) => ({ id, name: `adhesia.organisation.markets.${id}` }));
export const modeChoices = choicesOf(ASSIGNMENT_MODES, "modes");
export const levelChoices = choicesOf(ASSIGNMENT_LEVELS, "levels");
export const dataScopeChoices = choicesOf(DATA_SCOPES, "scopes");
