import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { users } from "../access/index.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { isOverdue } from "./interaction-rules.js";
import { interactions, type InteractionState } from "./schema.js";

export type InteractionRow = typeof interactions.$inferSelect;

/** An interaction as the API answers it, with the names a list or an agenda shows beside the ids. */
export interface InteractionView {
  id: string;
  type: string;
  personId: string | null;
  personName: string | null;
  companyId: string | null;
  companyName: string | null;
  advisorId: string;
  advisorName: string | null;
  opportunityId: string | null;
  plannedAt: string;
  subject: string;
  notes: string | null;
  state: InteractionState;
  endedAt: string | null;
  resultCode: string | null;
  report: string | null;
  /** Planned for a moment already past (the reminders). */
  overdue: boolean;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
}

interface Names {
  persons: Map<string, string>;
  companies: Map<string, string>;
  advisors: Map<string, string>;
}

const ids = (values: Array<string | null>): string[] => [...new Set(values.filter((value): value is string => value !== null))];

/** The display names of the persons, companies and advisors of some interactions, three reads by key. */
export async function namesOf(tx: Executor, tenantId: string, rows: readonly InteractionRow[]): Promise<Names> {
  const personIds = ids(rows.map((row) => row.personId));
  const companyIds = ids(rows.map((row) => row.companyId));
  const advisorIds = ids(rows.map((row) => row.advisorId));
  const [personRows, companyRows, advisorRows] = await Promise.all([
    personIds.length === 0 ? [] : tx.select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName }).from(persons).where(and(eq(persons.tenantId, tenantId), inArray(persons.id, personIds))),
    companyIds.length === 0 ? [] : tx.select({ id: companies.id, name: companies.name }).from(companies).where(and(eq(companies.tenantId, tenantId), inArray(companies.id, companyIds))),
    advisorIds.length === 0 ? [] : tx.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, advisorIds))),
  ]);
  return {
    persons: new Map(personRows.map((row) => [row.id, [row.firstName, row.lastName].filter(Boolean).join(" ")])),
    companies: new Map(companyRows.map((row) => [row.id, row.name])),
    advisors: new Map(advisorRows.map((row) => [row.id, row.name])),
  };
}

export function toInteractionView(row: InteractionRow, names: Names, now: Date): InteractionView {
  return {
    id: row.id,
    type: row.type,
    personId: row.personId,
    personName: row.personId ? (names.persons.get(row.personId) ?? null) : null,
    companyId: row.companyId,
    companyName: row.companyId ? (names.companies.get(row.companyId) ?? null) : null,
    advisorId: row.advisorId,
    advisorName: names.advisors.get(row.advisorId) ?? null,
    opportunityId: row.opportunityId,
    plannedAt: row.plannedAt.toISOString(),
    subject: row.subject,
    notes: row.notes,
    state: row.state,
    endedAt: row.endedAt?.toISOString() ?? null,
    resultCode: row.resultCode,
    report: row.report,
    overdue: isOverdue(row.state, row.plannedAt, now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The views of some rows, in their order. */
export async function viewsOf(tx: Executor, tenantId: string, rows: readonly InteractionRow[], now = new Date()): Promise<InteractionView[]> {
  const names = await namesOf(tx, tenantId, rows);
  return rows.map((row) => toInteractionView(row, names, now));
}

const noNames: Names = { persons: new Map(), companies: new Map(), advisors: new Map() };

/** What the change history keeps of an interaction: its own fields, not the names read beside them nor the bookkeeping. */
export function auditedInteraction(row: InteractionRow): Record<string, unknown> {
  const { id: _id, personName: _person, companyName: _company, advisorName: _advisor, overdue: _overdue, version: _version, createdAt: _createdAt, createdBy: _createdBy, updatedAt: _updatedAt, ...fields } = toInteractionView(row, noNames, new Date());
  return fields;
}
