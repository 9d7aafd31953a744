// Duplicates compare records across the whole tenant — an entry must be warned of a twin in another
// agency — but show and change only what the caller's data scope holds, as every other route does.
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import type { DuplicateCandidate } from "./candidate.js";
import type { DuplicateTarget } from "./rules.js";

const tables = { person: persons, company: companies } as const;

/** The ids among these that the reader's data scope holds. */
export async function idsInScope(tx: Executor, reader: ScopedReader, target: DuplicateTarget, ids: readonly string[]): Promise<ReadonlySet<string>> {
  const table = tables[target];
  const scope = withinScope(reader.dataScope, table);
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, reader.tenantId), isAnyOf(table.id, ids), scope));
  return new Set(rows.map((row) => row.id));
}

/**
 * The candidates as the caller may see them: one out of their scope keeps its id, score, rule and
 * fields (the entry is still warned, and may declare it a false duplicate) but not its name.
 */
export async function candidatesForCaller(tx: Executor, reader: ScopedReader, target: DuplicateTarget, candidates: DuplicateCandidate[]): Promise<DuplicateCandidate[]> {
  if (withinScope(reader.dataScope, tables[target]) === undefined || candidates.length === 0) return candidates;
  const visible = await idsInScope(tx, reader, target, candidates.map((candidate) => candidate.id));
  return candidates.map((candidate) => (visible.has(candidate.id) ? candidate : { ...candidate, displayName: "", outOfScope: true }));
}

/** The pairs of records both in the reader's scope (`recordA`, `recordB` and `target` columns of a pair table); undefined for the whole tenant. */
export function pairsInScope(reader: ScopedReader, pair: { target: AnyPgColumn; recordA: AnyPgColumn; recordB: AnyPgColumn }): SQL | undefined {
  const byTarget = (["person", "company"] as const).map((target) => {
    const table = tables[target];
    const scope = withinScope(reader.dataScope, table);
    if (scope === undefined) return undefined;
    const held = sql`select ${table.id} from ${table} where ${table.tenantId} = ${reader.tenantId} and ${scope}`;
    return and(eq(pair.target, target), sql`${pair.recordA} in (${held})`, sql`${pair.recordB} in (${held})`);
  });
  const scoped = byTarget.filter((condition): condition is SQL => condition !== undefined);
  return scoped.length === 0 ? undefined : or(...scoped);
}
