import { phoneSearchKeys } from "../../server/src/platform/identifiers/index.js";
import { normaliseText } from "../../server/src/modules/reference-data/index.js";
import type { BenchQuery } from "./data.js";

/** Runs one parameterised statement and returns its rows: a plain client, outside the application. */
export type RawRunner = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

const PAGE = 25;

/** The WHERE clause and parameters the list endpoint uses for this kind of query, written by hand. */
function matchOf(query: BenchQuery): { where: string; order: string; values: unknown[] } {
  switch (query.kind) {
    case "name":
    case "name typo": {
      const name = normaliseText(query.q);
      const prefix = `${name.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      return { where: "(search_name like $2 or $3 <% search_name)", order: "(search_name like $2) desc, word_similarity($3, search_name) desc,", values: [prefix, name] };
    }
    case "phone":
    case "phone prefix": {
      const keys = phoneSearchKeys(query.q).map((key) => `${key}%`);
      return { where: "(mobile_phone like any($2::text[]) or landline_phone like any($2::text[]))", order: "", values: [keys] };
    }
    case "e-mail":
      return { where: "email like $2", order: "", values: [`${query.q.toLowerCase()}%`] };
    default:
      return { where: "exists (select 1 from person_addresses a where a.tenant_id = $1 and a.person_id = persons.id and a.postal_code = $2)", order: "", values: [query.q] };
  }
}

/** What GET /api/v1/persons?q= costs in the database alone: the page, the total, the page's addresses. */
export async function rawStatements(run: RawRunner, tenantId: string, query: BenchQuery): Promise<void> {
  const { where, order, values } = matchOf(query);
  const rows = await run(`select * from persons where tenant_id = $1 and ${where} order by ${order} last_name, first_name, id limit ${PAGE}`, [tenantId, ...values]);
  await run(`select count(*) from persons where tenant_id = $1 and ${where}`, [tenantId, ...values]);
  await run("select * from person_addresses where tenant_id = $1 and person_id = any($2::uuid[])", [tenantId, rows.map((row) => row.id)]);
}
