import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { z } from "zod";

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
