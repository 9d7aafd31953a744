import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** How much of the tenant's records a user sees: those assigned to them, to their introducer, or all (docs/domain/assignment.md). */
export const dataScopeLevels = ["own", "introducer", "all"] as const;
export type DataScopeLevel = (typeof dataScopeLevels)[number];

export interface DataScope {
  level: DataScopeLevel;
  /** The user whose records `own` means. */
  userId: string | null;
  /** The introducer whose records `introducer` means: the user's current one. */
  introducerId: string | null;
}

/** A tenant and the part of its records a caller sees: what a scoped read needs of a RequestContext. */
export interface ScopedReader {
  tenantId: string;
  dataScope: DataScope;
}

export const allRecords: DataScope = { level: "all", userId: null, introducerId: null };

/** The columns of a table that say whom a record is assigned to. */
export interface AssignmentColumns {
  introducerId: AnyPgColumn;
  advisorId: AnyPgColumn;
}

/**
 * The condition that keeps a table's rows within a scope, or undefined when the scope is the whole
 * tenant. Plain equalities, which row-level security lets the planner answer from an index; a scope
 * that names nobody (an advisor attached to no introducer) sees nothing rather than everything.
 */
export function withinScope(scope: DataScope, columns: AssignmentColumns): SQL | undefined {
  switch (scope.level) {
    case "all":
      return undefined;
    case "introducer":
      return scope.introducerId ? eq(columns.introducerId, scope.introducerId) : sql`false`;
    case "own":
      return scope.userId ? eq(columns.advisorId, scope.userId) : sql`false`;
  }
}

/** The widest of several levels (a user's roles add up). */
export function widestLevel(levels: Iterable<DataScopeLevel>): DataScopeLevel {
  let widest: DataScopeLevel = "own";
  for (const level of levels) if (dataScopeLevels.indexOf(level) > dataScopeLevels.indexOf(widest)) widest = level;
  return widest;
}
