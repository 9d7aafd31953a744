// Borrowed from the application: how a typed phone becomes E.164 prefixes, and a prefix range's
// upper bound. Both are pure; the SQL around them is written by hand.
import { prefixUpperBound } from "../../server/src/platform/db/text-search.js";
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
 * Every typed word contained in the name or, when no row has them all, close to a word of it:
 * the trigram index used directly, as the owner.
 */
function nameMatches(q: string, normalise: (text: string) => string): [Match, Match] {
  const name = normalise(q);
  const words = name.split(" ").filter((word) => word.length > 1);
  const [nameAt, boundAt] = [words.length + 2, words.length + 3];
  const order = `(search_name ~>=~ $${nameAt} and search_name ~<~ $${boundAt}) desc, word_similarity($${nameAt}, search_name) desc,`;
  const orderValues = [name, prefixUpperBound(name)];
  const containing = words.map((_, index) => `search_name like $${index + 2}`).join(" and ");
  const closeTo = words.map((_, index) => `$${index + 2} <% search_name`).join(" and ");
  return [
    { where: `(${containing})`, values: words.map((word) => `%${word}%`), order, orderValues },
    { where: `(${closeTo})`, values: words, order, orderValues },
  ];
}

const range = (column: string, at: number): string => `(${column} ~>=~ $${at} and ${column} ~<~ $${at + 1})`;

/** The WHERE clauses (the second, if any, when the first finds nothing) the list endpoints use, written by hand. */
function matchesOf(query: BenchQuery, normalise: (text: string) => string): Match[] {
  switch (query.kind) {
    case "name":
    case "name typo":
    case "company name":
      return nameMatches(query.q, normalise);
    default:
      return [matchOf(query)];
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
  for (const { where, values, order, orderValues } of matchesOf(query, normalise)) {
    const keys = await run(`select id, count(*) over () as total from ${query.target} where tenant_id = $1 and ${where} order by ${order} ${shape.order} limit ${PAGE}`, [tenantId, ...values, ...orderValues]);
    ids = keys.map((key) => key.id);
    if (ids.length > 0) break;
  }
  if (ids.length === 0) return;
  await run(`select * from ${query.target} where tenant_id = $1 and id = any($2::uuid[])`, [tenantId, ids]);
  await run(shape.addresses, [tenantId, ids]);
}
