/** A record kind others can point at, and be merged: a person, a company. */
export type ReferencedRecord = "person" | "company";

/**
 * A column that holds the id of a person or company. Each module declares its own, beside its
 * tables, so that merging two records moves every row that points at the merged one: those of the
 * modules that exist now and of those added later (issue "Duplicates": a registry each module joins).
 */
export interface RecordReference {
  /** SQL name of the referencing table; it has `tenant_id` and an `id` key. */
  table: string;
  /** SQL name of the column that holds the record's id. */
  column: string;
  /**
   * Columns that, with `column`, form a unique key (e.g. a company's contact role): a row of the
   * merged record that would duplicate a row of the kept record is dropped rather than moved.
   */
  uniqueWith?: string[];
  /**
   * The merge field choice (e.g. `addresses`) that says whose rows win a clash on `uniqueWith`;
   * without one, the kept record's rows win.
   */
  choice?: string;
  /** Another column of the same table that may hold the same kind of id (a relation's other end): a row left linking the kept record to itself is dropped. */
  pairedColumn?: string;
}

const references: Record<ReferencedRecord, RecordReference[]> = { person: [], company: [] };

export function declareRecordReferences(record: ReferencedRecord, declared: RecordReference[]): void {
  for (const reference of declared) {
    const known = references[record].some((existing) => existing.table === reference.table && existing.column === reference.column);
    if (!known) references[record].push(reference);
  }
}

/** Every declared column pointing at the record kind, in declaration order. */
export function recordReferences(record: ReferencedRecord): readonly RecordReference[] {
  return references[record];
}
