import type { FieldError } from "../../platform/http/problem.js";
import type { InteractionState } from "./schema.js";

/** A clock a few minutes ahead of the server's must not turn "it just ended" into a refusal. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;
/** The agenda shows a day or a week; a month is the most one request may ask (a month view later). */
export const AGENDA_MAX_DAYS = 42;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The records an interaction is about, and the ones of the opportunity it is linked to. */
export interface InteractionRecords {
  personId?: string | null | undefined;
  companyId?: string | null | undefined;
}

/** An interaction is about a person, a company, or both: never about nobody. */
export function recordErrors(records: InteractionRecords): FieldError[] {
  if (records.personId || records.companyId) return [];
  return [
    { path: "personId", code: "interaction.record_required" },
    { path: "companyId", code: "interaction.record_required" },
  ];
}

/**
 * The records of an interaction linked to an opportunity: what the interaction leaves out is taken
 * from the opportunity, and a record that contradicts the opportunity's is refused on `opportunityId`.
 */
export function recordsWithOpportunity(records: InteractionRecords, opportunity: InteractionRecords): { records: InteractionRecords; errors: FieldError[] } {
  const contradicts = (mine: string | null | undefined, theirs: string | null | undefined) => Boolean(mine && theirs && mine !== theirs);
  if (contradicts(records.personId, opportunity.personId) || contradicts(records.companyId, opportunity.companyId)) {
    return { records, errors: [{ path: "opportunityId", code: "interaction.opportunity_mismatch" }] };
  }
  return { records: { personId: records.personId || opportunity.personId || null, companyId: records.companyId || opportunity.companyId || null }, errors: [] };
}

/** The end of a done interaction has happened: it is not in the future. */
export function endedAtErrors(endedAt: Date, now: Date, path: string): FieldError[] {
  return endedAt.getTime() > now.getTime() + CLOCK_TOLERANCE_MS ? [{ path, code: "interaction.ended_in_future" }] : [];
}

/** Only a planned interaction is done ("réaliser"); a done one stays as it was recorded. */
export const canComplete = (state: InteractionState): boolean => state === "planned";

/** Planned for a moment already past: what the reminders show. */
export const isOverdue = (state: InteractionState, plannedAt: Date, now: Date): boolean => state === "planned" && plannedAt.getTime() < now.getTime();

/** An agenda's window: `to` after `from`, at most AGENDA_MAX_DAYS long. */
export function agendaRangeErrors(from: Date, to: Date): FieldError[] {
  if (to.getTime() <= from.getTime()) return [{ path: "querystring.to", code: "interaction.agenda_range_reversed" }];
  if (to.getTime() - from.getTime() > AGENDA_MAX_DAYS * DAY_MS) return [{ path: "querystring.to", code: "interaction.agenda_range_too_long", params: { days: AGENDA_MAX_DAYS } }];
  return [];
}
