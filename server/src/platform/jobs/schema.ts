import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../db/columns.js";

export const jobStates = ["queued", "running", "succeeded", "failed"] as const;
export type JobState = (typeof jobStates)[number];

/** What a person sees of a background job: state, progress, counters, and the files it produced. */
export const jobRuns = pgTable(
  "job_runs",
  {
    ...tenantColumns(),
    kind: text("kind").notNull(),
    state: text("state", { enum: jobStates }).notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    counters: jsonb("counters").$type<Record<string, number>>().notNull().default({}),
    parameters: jsonb("parameters").$type<Record<string, unknown>>().notNull().default({}),
    resultFileId: uuid("result_file_id"),
    errorReportFileId: uuid("error_report_file_id"),
    errorMessage: text("error_message"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), tenantIsolationPolicy()],
).enableRLS();
