import { sql } from "drizzle-orm";
import { text, timestamp, uuid, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Executor } from "../db/database.js";

/** The markets of a prospect: individuals, professionals, enterprises (docs/domain/assignment.md). */
export const markets = ["MDP", "MDPRO", "MDE"] as const;
export type Market = (typeof markets)[number];

/** Whether the record's introducer and advisor come from the rules table or from a person's choice (which the rules then leave alone). */
export const assignmentSources = ["rule", "manual"] as const;
export type AssignmentSource = (typeof assignmentSources)[number];

/** What the organisation module decides for a person or a company; the record modules store it. */
export interface RecordAssignment {
  market: Market | null;
  sectorId: string | null;
  introducerId: string | null;
  advisorId: string | null;
  assignmentSource: AssignmentSource | null;
}

/** A record nobody assigned yet, nor derived a market for: a new record before its hooks decide. */
export const unassigned: RecordAssignment = { market: null, sectorId: null, introducerId: null, advisorId: null, assignmentSource: null };

/**
 * The assignment columns of a new record's row, as its hooks decided them: dated when it has an
 * introducer or an advisor, as `storeAssignments` dates a change of them.
 */
export function newRecordAssignment(assignment: RecordAssignment | undefined): RecordAssignment & { assignedAt: Date | null } {
  const decided = assignment ?? unassigned;
  return { ...decided, assignedAt: decided.introducerId || decided.advisorId ? new Date() : null };
}

/** The columns persons and companies carry for their assignment (indexes are the table's own). */
export function assignmentColumns() {
  return {
    market: text("market", { enum: markets }),
    sectorId: uuid("sector_id"),
    introducerId: uuid("introducer_id"),
    advisorId: uuid("advisor_id"),
    assignmentSource: text("assignment_source", { enum: assignmentSources }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }),
  };
}

/** A record table with the assignment columns (persons, companies). */
type AssignedTable = PgTable & { tenantId: PgColumn; id: PgColumn } & Record<keyof ReturnType<typeof assignmentColumns>, PgColumn>;

/**
 * Stores records' assignments in one statement in the caller's transaction (a feed's batch as one
 * record), each dated when its introducer or advisor changes. No version bump: it is not the
 * record's content, and a user editing the record meanwhile must not get a conflict.
 */
export async function storeAssignments(tx: Executor, tenantId: string, table: AssignedTable, assignments: ReadonlyMap<string, RecordAssignment>): Promise<void> {
  if (assignments.size === 0) return;
  const wanted = [...assignments.values()];
  const column = (field: keyof RecordAssignment) => sql.identifier(table[field].name);
  await tx.execute(sql`update ${table} set
      ${column("market")} = wanted.market, ${column("sectorId")} = wanted.sector_id, ${column("introducerId")} = wanted.introducer_id,
      ${column("advisorId")} = wanted.advisor_id, ${column("assignmentSource")} = wanted.assignment_source,
      ${sql.identifier(table.assignedAt.name)} = case when ${table.introducerId} is not distinct from wanted.introducer_id and ${table.advisorId} is not distinct from wanted.advisor_id
        then ${table.assignedAt} else now() end
    from unnest(${sql.param([...assignments.keys()])}::uuid[], ${sql.param(wanted.map((next) => next.market))}::text[], ${sql.param(wanted.map((next) => next.sectorId))}::uuid[],
      ${sql.param(wanted.map((next) => next.introducerId))}::uuid[], ${sql.param(wanted.map((next) => next.advisorId))}::uuid[], ${sql.param(wanted.map((next) => next.assignmentSource))}::text[])
      as wanted(id, market, sector_id, introducer_id, advisor_id, assignment_source)
    where ${table.tenantId} = ${tenantId} and ${table.id} = wanted.id`);
}

/** The assignment as person and company responses show it. */
export const assignmentViewFields = {
  market: z.enum(markets).nullable(),
  sectorId: z.uuid().nullable(),
  introducerId: z.uuid().nullable(),
  advisorId: z.uuid().nullable(),
  assignmentSource: z.enum(assignmentSources).nullable(),
  assignedAt: z.string().nullable(),
};

/** The assignment filters of the persons and companies lists, exports and bulk reassignment. */
export const assignmentFilterFields = {
  introducerId: z.uuid().optional(),
  advisorId: z.uuid().optional(),
  unassigned: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .describe("true: only the records assigned to no introducer"),
};
