import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantIsolationPolicy } from "../../platform/db/columns.js";

export const duplicateTargetValues = ["person", "company"] as const;
export const candidateStatuses = ["open", "dismissed", "merged", "false_duplicate"] as const;
export type CandidateStatus = (typeof candidateStatuses)[number];

/** A tenant's duplicate rule: the fields compared and how (see rules.ts). Default rules are `system`: editable, never deleted. */
export const duplicateRules = pgTable(
  "duplicate_rules",
  {
    ...tenantColumns(),
    target: text("target", { enum: duplicateTargetValues }).notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    fields: jsonb("fields").$type<Array<{ field: string; method: string; threshold?: number }>>().notNull(),
    active: boolean("active").notNull().default(true),
    system: boolean("system").notNull().default(false),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), uniqueIndex("duplicate_rules_code_unique").on(table.tenantId, table.target, table.code), tenantIsolationPolicy()],
).enableRLS();

/**
 * The blocking keys of every record under the active rules: two records are compared only when they
 * share a key. Equality on a btree-indexed text column is what row-level security lets the planner
 * use, where similarity operators are not (docs/domain/dedup.md).
 */
export const duplicateKeys = pgTable(
  "duplicate_keys",
  {
    tenantId: uuid("tenant_id").notNull(),
    target: text("target", { enum: duplicateTargetValues }).notNull(),
    recordId: uuid("record_id").notNull(),
    key: text("key").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.target, table.recordId, table.key] }),
    index("duplicate_keys_key_idx").on(table.tenantId, table.target, table.key),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** Pairs a user declared distinct ("faux doublon"): never proposed again, at entry or by a scan. `recordA` < `recordB`. */
export const falseDuplicates = pgTable(
  "false_duplicates",
  {
    ...tenantColumns(),
    target: text("target", { enum: duplicateTargetValues }).notNull(),
    recordA: uuid("record_a").notNull(),
    recordB: uuid("record_b").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("false_duplicates_pair_unique").on(table.tenantId, table.target, table.recordA, table.recordB),
    index("false_duplicates_b_idx").on(table.tenantId, table.target, table.recordB),
    check("false_duplicates_ordered", sql`${table.recordA} < ${table.recordB}`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** A pair found by a scan, waiting for review. `recordA` < `recordB`. */
export const duplicateCandidates = pgTable(
  "duplicate_candidates",
  {
    ...tenantColumns(),
    target: text("target", { enum: duplicateTargetValues }).notNull(),
    recordA: uuid("record_a").notNull(),
    recordB: uuid("record_b").notNull(),
    ruleCode: text("rule_code").notNull(),
    score: real("score").notNull(),
    fields: text("fields").array().notNull(),
    status: text("status", { enum: candidateStatuses }).notNull().default("open"),
    scanId: uuid("scan_id"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("duplicate_candidates_pair_unique").on(table.tenantId, table.target, table.recordA, table.recordB),
    index("duplicate_candidates_review_idx").on(table.tenantId, table.target, table.status, table.score),
    check("duplicate_candidates_ordered", sql`${table.recordA} < ${table.recordB}`),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/** What a merge changed, row by row, so that it can be undone (docs/domain/dedup.md "Fusion"). */
export interface MergeSnapshot {
  /** The source row (to_jsonb of the record's table), re-inserted on undo. */
  source: Record<string, unknown>;
  /** The target row before the merge. */
  targetBefore: Record<string, unknown>;
  /** Rows of referencing tables now pointing at the target, by table and column. */
  moved: Array<{ table: string; column: string; ids: string[] }>;
  /** Rows dropped because they would have duplicated a row of the target (or linked it to itself). */
  dropped: Array<{ table: string; rows: Array<Record<string, unknown>> }>;
}

/** A merge: the source is gone from the base and resolves to the target (a tombstone) until undone. */
export const merges = pgTable(
  "merges",
  {
    ...tenantColumns(),
    target: text("target", { enum: duplicateTargetValues }).notNull(),
    targetId: uuid("target_id").notNull(),
    sourceId: uuid("source_id").notNull(),
    fieldChoices: jsonb("field_choices").$type<Record<string, "target" | "source">>().notNull(),
    snapshot: jsonb("snapshot").$type<MergeSnapshot>().notNull(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneBy: uuid("undone_by"),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index("merges_source_idx").on(table.tenantId, table.target, table.sourceId),
    index("merges_target_idx").on(table.tenantId, table.target, table.targetId),
    tenantIsolationPolicy(),
  ],
).enableRLS();
