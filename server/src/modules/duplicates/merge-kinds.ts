import { getTableColumns, type Table } from "drizzle-orm";
import { companies } from "../companies/index.js";
import { persons, searchableName } from "../persons/index.js";
import type { DuplicateTarget } from "./rules.js";

/** Columns no merge choice reaches: keys, bookkeeping, what is derived, what is combined rather than chosen. */
const unchoosable = new Set(["tenantId", "id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "nature", "coverageFlags", "searchName", "markers", "customFields"]);

/** How a kind of record is merged: its table and the fields a user chooses between. */
export interface MergeKind {
  target: DuplicateTarget;
  /** SQL name of the record's table. */
  table: string;
  /** API field → SQL column, for every field a merge lets the user take from the source. */
  choosable: ReadonlyMap<string, string>;
  /** Every SQL column of the table, to restore a row as it was. */
  columns: readonly string[];
  /** The derived search column, from the merged row. */
  searchName(row: Record<string, unknown>): string;
  /** What reading and changing such a record takes: a merge changes two of them. */
  permissions: { read: `${DuplicateTarget}:read`; write: `${DuplicateTarget}:write` };
}

function mergeKind(target: DuplicateTarget, table: Table, tableName: string, searchName: MergeKind["searchName"]): MergeKind {
  const columns = Object.entries(getTableColumns(table));
  return {
    target,
    table: tableName,
    choosable: new Map(columns.filter(([field]) => !unchoosable.has(field)).map(([field, column]) => [field, column.name])),
    columns: columns.map(([, column]) => column.name),
    searchName,
    permissions: { read: `${target}:read`, write: `${target}:write` },
  };
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

export const mergeKinds: Record<DuplicateTarget, MergeKind> = {
  person: mergeKind("person", persons, "persons", (row) => searchableName(text(row.last_name), text(row.first_name), text(row.birth_name))),
  company: mergeKind("company", companies, "companies", (row) => searchableName(text(row.name))),
};
