import { ilike, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * The smallest string greater than every string that starts with `prefix` (byte-wise, which is
 * code-point order in UTF-8): the prefix with its last code point incremented.
 */
export function prefixUpperBound(prefix: string): string {
  const codePoints = [...prefix];
  const last = codePoints.pop();
  if (last === undefined) return "";
  return `${codePoints.join("")}${String.fromCodePoint((last.codePointAt(0) ?? 0) + 1)}`;
}

/**
 * `column` starts with `prefix`, as a range of the byte-wise text_pattern operators. LIKE would say
 * the same, but LIKE is not leakproof: under row-level security PostgreSQL must then check the
 * policy first and may not use the column's index, so a prefix search would read the whole tenant.
 * The text_pattern operators are leakproof and served by a `text_pattern_ops` index.
 */
export function startsWith(column: AnyPgColumn, prefix: string): SQL {
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${prefixUpperBound(prefix)})`;
}

/** `%text%` for LIKE: the typed `%`, `_` and `\\` stand for themselves, not for any text. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The free-text filter of a small list (users, roles, origins, reference values…): any of the
 * columns contains `q`, case-insensitively; no filter without `q`.
 */
export function anyContains(q: string | undefined, ...columns: AnyPgColumn[]): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(...columns.map((column) => ilike(column, pattern)));
}

/** Tables with a `search_name` column that `rows_matching_words` (migrations 0007, 0026) may search. */
export type NameSearchTable = "persons" | "companies";

/**
 * How the name search of `rows_matching_words` matches a typed word: a word of two letters must start
 * a word of the name (a regular expression, migration 0024: contained anywhere, "le" matched a
 * third of a tenant and no trigram could look it up); any other is contained (a LIKE pattern).
 */
export function wordPattern(word: string): string {
  if (word.length === 2) return `(^| )${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
  return containsPattern(word);
}

/**
 * The rows of `table` whose name contains every typed word (one of two letters starting a word of
 * it) or, when none does, has a word close to each (pg_trgm word similarity, threshold in
 * `tenantSettings`), as a FROM item named like the table, so that the list's other conditions and
 * order read its columns as they would the table's. It is the security-definer function of
 * migration 0026, the session's tenant's rows only, so that the trigram index serves the search
 * under row-level security.
 */
export function rowsMatchingWords(table: NameSearchTable, normalisedName: string): SQL {
  const { words, patterns } = searchedWords(normalisedName);
  return sql`rows_matching_words(null::${sql.identifier(table)}, ${sql.param(words)}::text[], ${sql.param(patterns)}::text[]) as ${sql.identifier(table)}`;
}

/**
 * The words a name search looks for, and their patterns (`wordPattern`). Single letters ("d" of
 * "d'Arcy") say nothing and would match everyone: they are left out unless nothing else was typed.
 */
export function searchedWords(normalisedName: string): { words: string[]; patterns: string[] } {
  const typed = normalisedName.split(" ").filter((word) => word !== "");
  const telling = typed.filter((word) => word.length > 1);
  const words = telling.length > 0 ? telling : typed;
  return { words, patterns: words.map(wordPattern) };
}

/** The same rows as a condition on the table's ids, for lists that read the table itself (a chosen sort, an export). */
export function idMatchesWords(idColumn: AnyPgColumn, table: NameSearchTable, normalisedName: string): SQL {
  return sql`${idColumn} = any(array(select id from ${rowsMatchingWords(table, normalisedName)}))`;
}

/**
 * Orders name matches: the names that start with the typed text first, in the byte order of their
 * search form (whole words before longer ones: "le gall" before "leblanc"; the order of the prefix
 * index, from which a broad search reads its pages), then the others, closest words first.
 */
export function nameRelevance(column: AnyPgColumn, normalisedName: string): SQL[] {
  const starting = startsWith(column, normalisedName);
  return [sql`${starting} desc`, sql`(case when ${starting} then ${column} end) collate "C"`, sql`word_similarity(${normalisedName}, ${column}) desc`];
}
