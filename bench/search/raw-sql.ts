// Borrowed from the application: how a typed phone becomes E.164 prefixes, a prefix range's upper
// bound, a typed word's pattern, and where a name search stops counting. The SQL around them is
// written by hand.
import { NAME_SEARCH_COUNT_CAP } from "../../server/src/platform/db/page-with-total.js";
import { prefixUpperBound, searchedWords, wordPattern } from "../../server/src/platform/db/text-search.js";
import { phoneSearchKeys } from "../../server/src/platform/identifiers/index.js";
import type { BenchQuery } from "./data.js";

/** Runs one parameterised statement and returns its rows: a plain client, outside the application. */
export type RawRunner = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

const PAGE = 25;

interface Match {
  where: string;
  values: unknown[];
  /** Ranking terms, with their own parameters numbered after the WHERE clause's. */
  order: string;
  orderValues: unknown[];
}

/**
 * Every typed word contained in the name (one of two letters starting a word of it); when no row
 * has them all, each word contained or one typo from a word of the tenant's lexicon (`name_words`,
 * its one-letter-deleted forms looked up exactly); when still none, close to a word of the name:
 * the indexes used directly, as the owner.
 */
function nameMatches(run: RawRunner, tenantId: string, target: BenchQuery["target"], q: string, normalise: (text: string) => string): Step[] {
  const name = normalise(q);
  const { words } = searchedWords(name);
  const [nameAt, boundAt] = [words.length + 2, words.length + 3];
  const starting = `(search_name ~>=~ $${nameAt} and search_name ~<~ $${boundAt})`;
  const order = `${starting} desc, (case when ${starting} then search_name end) collate "C", word_similarity($${nameAt}, search_name) desc,`;
  const orderValues = [name, prefixUpperBound(name)];
  // A word of two letters starts a word of the name (a regular expression), any other is contained.
  const operator = (word: string): string => (word.length === 2 ? "~" : "like");
  const containing = words.map((word, index) => `search_name ${operator(word)} $${index + 2}`).join(" and ");
  const closeTo = words.map((_, index) => `$${index + 2} <% search_name`).join(" and ");
  // The lexicon's neighbours of every typed word in one statement, as the search function looks them up.
  const neighbours = async (): Promise<string[][]> => {
    const rows = await run(
      `select typed.place, neighbour.word from unnest($3::text[]) with ordinality as typed(word, place), lateral (
         select distinct variant.word from name_word_forms(typed.word) as form(variant), lateral (
           select stored.word from name_word_variants as stored
           where stored.tenant_id = $1 and stored.target = $2 and stored.variant = form.variant offset 0) as variant
         where variant.word <> typed.word) as neighbour
       where length(typed.word) >= 3 and one_typo_apart(typed.word, neighbour.word)`,
      [tenantId, target, words],
    );
    return words.map((_, index) => rows.filter((row) => Number(row.place) === index + 1).map((row) => String(row.word)));
  };
  const nearTyped = words.map((word, index) => `search_name ${operator(word)} any($${index + 2}::text[])`).join(" and ");
  return [
    async () => ({ where: `(${containing})`, values: words.map(wordPattern), order, orderValues }),
    async () => {
      const near = (await neighbours()).map((found, index) => [wordPattern(words[index] ?? ""), ...new Set(found.map((word) => `%${word}%`))]);
      return near.some((patterns) => patterns.length > 1) ? { where: `(${nearTyped})`, values: near, order, orderValues } : undefined;
    },
    async () => ({ where: `(${closeTo})`, values: words, order, orderValues }),
  ];
}

const range = (column: string, at: number): string => `(${column} ~>=~ $${at} and ${column} ~<~ $${at + 1})`;

/** A WHERE clause, built only when the steps before it found nothing; none when it has nothing to add. */
type Step = () => Promise<Match | undefined>;

/** The WHERE clauses (each, if any, when the one before finds nothing) the list endpoints use, written by hand. */
function matchesOf(run: RawRunner, tenantId: string, query: BenchQuery, normalise: (text: string) => string): Step[] {
  switch (query.kind) {
    case "name":
    case "name typo":
    case "surname":
    case "two letters":
    case "company name":
      return nameMatches(run, tenantId, query.target, query.q, normalise);
    default:
      return [async () => matchOf(query)];
  }
}

function matchOf(query: BenchQuery): Match {
  switch (query.kind) {
    case "phone":
    case "phone prefix": {
      const keys = phoneSearchKeys(query.q);
      const conditions = keys.flatMap((_, index) => [range("mobile_phone", 2 + index * 2), range("landline_phone", 2 + index * 2)]);
      return { where: `(${conditions.join(" or ")})`, values: keys.flatMap((key) => [key, prefixUpperBound(key)]), order: "", orderValues: [] };
    }
    case "SIREN": {
      const digits = query.q.replace(/\s+/g, "");
      return { where: `(${range("siren", 2)} or ${range("siret", 2)})`, values: [digits, prefixUpperBound(digits)], order: "", orderValues: [] };
    }
    case "e-mail": {
      const email = query.q.toLowerCase();
      return { where: range("email", 2), values: [email, prefixUpperBound(email)], order: "", orderValues: [] };
    }
    default:
      return { where: "id = any(array(select person_id from person_addresses where tenant_id = $1 and postal_code = $2))", values: [query.q], order: "", orderValues: [] };
  }
}

const isNameQuery = (query: BenchQuery): boolean => ["name", "name typo", "surname", "two letters", "company name"].includes(query.kind);

/**
 * A name search first counts, up to the cap, the names that start with the typed text. When they
 * fill the page, it is read from them in byte order, and under the cap every match is counted
 * (`pageOfNameSearch`). Otherwise no page: the usual steps rank every match.
 */
async function startingNamePage(run: RawRunner, tenantId: string, query: BenchQuery, normalise: (text: string) => string): Promise<unknown[]> {
  const name = normalise(query.q);
  const starting = `tenant_id = $1 and search_name ~>=~ $2 and search_name ~<~ $3`;
  const [counted] = await run(`select count(*)::int as total from (select 1 from ${query.target} where ${starting} limit ${NAME_SEARCH_COUNT_CAP + 1}) as prefixed`, [tenantId, name, prefixUpperBound(name)]);
  const startingCount = Number(counted?.total ?? 0);
  if (startingCount < PAGE) return [];
  const keys = await run(`select id from ${query.target} where ${starting} order by search_name using ~<~, ${shapes[query.target].order} limit ${PAGE}`, [tenantId, name, prefixUpperBound(name)]);
  if (startingCount <= NAME_SEARCH_COUNT_CAP) {
    // The count reads the rows as the list's does, through the search function (which reads the
    // session's tenant): counted straight from the table, PostgreSQL would filter a whole index of
    // names by the regular expression of a two-letter word (190 ms for `du`, 87 ms through the function).
    const { words: searched, patterns } = searchedWords(name);
    await run(`select count(*) from rows_matching_words(null::${query.target}, $2::text[], $3::text[]) as matched where tenant_id = $1`, [tenantId, searched, patterns]);
  }
  return keys.map((key) => key.id);
}

const shapes = {
  persons: { order: "last_name, first_name, id", addresses: "select * from person_addresses where tenant_id = $1 and person_id = any($2::uuid[])" },
  companies: { order: "name, id", addresses: "select * from company_addresses where tenant_id = $1 and company_id = any($2::uuid[])" },
} as const;

/**
 * What GET /api/v1/{persons|companies}?q= costs in the database alone (`pageWithTotal`, then the
 * addresses): the page's ids with the total, the page's rows by id, the page's addresses.
 */
export async function rawStatements(run: RawRunner, tenantId: string, query: BenchQuery, normalise: (text: string) => string): Promise<void> {
  const shape = shapes[query.target];
  let ids: unknown[] = [];
  if (isNameQuery(query)) ids = await startingNamePage(run, tenantId, query, normalise);
  for (const step of ids.length > 0 ? [] : matchesOf(run, tenantId, query, normalise)) {
    const match = await step();
    if (!match) continue;
    const { where, values, order, orderValues } = match;
    const keys = await run(`select id, count(*) over () as total from ${query.target} where tenant_id = $1 and ${where} order by ${order} ${shape.order} limit ${PAGE}`, [tenantId, ...values, ...orderValues]);
    ids = keys.map((key) => key.id);
    if (ids.length > 0) break;
  }
  if (ids.length === 0) return;
  await run(`select * from ${query.target} where tenant_id = $1 and id = any($2::uuid[])`, [tenantId, ids]);
  await run(shape.addresses, [tenantId, ids]);
}
