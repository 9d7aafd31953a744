import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../server/src/platform/db/database.js";
import { withSystem } from "../../server/src/platform/db/tenant-transaction.js";
import { origins } from "../../server/src/modules/origins/index.js";
import { bulkInsertCompanies } from "../../server/src/modules/companies/index.js";
import { bulkInsertPersons } from "../../server/src/modules/persons/index.js";
import { searchPostalCodes } from "../../server/src/modules/reference-data/index.js";
import { syntheticCompany } from "../../server/src/seed/demo-companies.js";
import { syntheticPerson, type Locality } from "../../server/src/seed/synthetic-persons.js";

const BATCH = 2_000;

/** Localities of every metropolitan department and the overseas ones: ~2,000 real postal codes. */
export function benchLocalities(): Locality[] {
  const departments = [...Array.from({ length: 95 }, (_, index) => String(index + 1).padStart(2, "0")).filter((code) => code !== "20"), "97"];
  return departments.flatMap((prefix) => searchPostalCodes(prefix, { limit: 20 }).map((entry) => ({ postalCode: entry.postalCode, city: entry.city })));
}

async function originOf(database: Database, tenantId: string): Promise<string> {
  const [origin] = await database.db.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.code, "online_agency")));
  if (!origin) throw new Error("no online_agency origin");
  return origin.id;
}

/** Batches in flight at once: the next one is derived (phones, RNVP) while the database writes the last. */
const IN_FLIGHT = 2;

/** Runs `insert` for each batch with at most IN_FLIGHT at a time; returns the first batch's answer. */
async function pipelined<T>(count: number, insert: (start: number, size: number) => Promise<T>): Promise<T | undefined> {
  const inFlight: Array<Promise<T>> = [];
  let first: Promise<T> | undefined;
  for (let start = 0; start < count; start += BATCH) {
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    const batch = insert(start, Math.min(BATCH, count - start));
    first ??= batch;
    inFlight.push(batch);
  }
  await Promise.all(inFlight);
  return first;
}

/** Loads `count` synthetic persons; returns the ids of the first batch, for companies' contacts. */
export async function loadPersons(database: Database, tenantId: string, count: number, seed: number): Promise<string[]> {
  const localities = benchLocalities();
  const originId = await originOf(database, tenantId);
  const first = await pipelined(count, async (start, size) => {
    const people = Array.from({ length: size }, (_, offset) => ({ ...syntheticPerson(seed, start + offset, localities), originId }));
    const ids = await withSystem(database, (tx) => bulkInsertPersons(tx, tenantId, people));
    if ((start / BATCH) % 50 === 49) console.log(`  ${(start + size).toLocaleString("fr-FR")} persons`);
    return ids;
  });
  return first ?? [];
}

export async function loadCompanies(database: Database, tenantId: string, count: number, seed: number, contacts: readonly string[]): Promise<void> {
  const localities = benchLocalities();
  const originId = await originOf(database, tenantId);
  const usedSirens = new Set<string>();
  await pipelined(count, async (start, size) => {
    // Made in order before any await: SIRENs are drawn without repeats across batches.
    const records = Array.from({ length: size }, (_, offset) => ({ ...syntheticCompany(seed, start + offset, localities, contacts, usedSirens), originId }));
    await withSystem(database, (tx) => bulkInsertCompanies(tx, tenantId, records));
  });
}

/** The tables the bench fills; their indexes are built once after the load, as a restore would. */
const loadedTables = ["persons", "person_addresses", "companies", "company_addresses", "company_persons"];

/**
 * Runs `load` without the loaded tables' secondary indexes (keys and constraints stay), then builds
 * them again from their own definitions: maintaining trigram indexes row by row is what makes a
 * large load slow, building them at the end is several times cheaper and gives the same indexes.
 */
export async function withoutSecondaryIndexes(database: Database, load: () => Promise<void>): Promise<void> {
  const indexes = await database.rows<{ name: string; definition: string }>(sql`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class t on t.oid = i.indrelid
    where t.relname = any(${sql.param(loadedTables)}::text[]) and t.relnamespace = 'public'::regnamespace
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
  for (const index of indexes) await database.rows(sql`drop index ${sql.identifier(index.name)}`);
  await load();
  for (const index of indexes) {
    await withSystem(database, async (tx) => {
      await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
      await tx.execute(sql.raw(index.definition));
    });
  }
}

/**
 * Fresh statistics and visibility map, as autovacuum would have made them on a live database: of
 * every table, for the load also fills those the persons' triggers write (name lexicon, matching
 * keys). The CI's PostgreSQL runs without autovacuum, so nothing else would analyse them.
 */
export async function vacuumAnalyze(database: Database): Promise<void> {
  await database.rows(sql`vacuum analyze`);
}

export interface BenchQuery {
  target: "persons" | "companies";
  kind: string;
  q: string;
  expectsMatch: boolean;
}

/** One letter changed in the middle of the word: the typo a search must forgive. */
function withTypo(word: string): string {
  const at = Math.floor(word.length / 2);
  const replacement = word[at] === "e" ? "a" : "e";
  return `${word.slice(0, at)}${replacement}${word.slice(at + 1)}`;
}

const frenchStyle = (phone: string): string => phone.replace(/(\d{2})(?=\d)/g, "$1 ");

/** Queries taken from persons that exist in the loaded data, so that every query has answers. */
export function buildQueries(seed: number, count: number, companyCount: number, perKind: number): BenchQuery[] {
  const localities = benchLocalities();
  const queries: BenchQuery[] = [];
  // Companies are made in order, SIRENs drawn without repeats: replay them to know which exist.
  const usedSirens = new Set<string>();
  const companies = Array.from({ length: companyCount }, (_, index) => syntheticCompany(seed, index, localities, ["-"], usedSirens));
  for (let index = 0; index < perKind; index += 1) {
    const company = companies[Math.floor(((index * 7919) % perKind) * (companyCount / perKind))];
    if (company) {
      queries.push(
        { target: "companies", kind: "company name", q: company.name, expectsMatch: true },
        { target: "companies", kind: "SIREN", q: company.siren.replace(/(\d{3})(?=\d)/g, "$1 "), expectsMatch: true },
      );
    }
    const person = syntheticPerson(seed, Math.floor(((index * 7919) % perKind) * (count / perKind)), localities);
    const longName = person.lastName.length >= 6 ? person.lastName : `${person.lastName} ${person.firstName}`;
    queries.push(
      { target: "persons", kind: "name", q: `${person.lastName} ${person.firstName}`, expectsMatch: true },
      { target: "persons", kind: "name typo", q: withTypo(longName), expectsMatch: false },
      // What an advisor types first: the last name alone, or its first two letters (a quarter of a tenant for "le").
      { target: "persons", kind: "surname", q: person.lastName, expectsMatch: true },
      { target: "persons", kind: "two letters", q: person.lastName.slice(0, 2), expectsMatch: true },
      { target: "persons", kind: "phone", q: frenchStyle(person.mobilePhone), expectsMatch: true },
      { target: "persons", kind: "phone prefix", q: frenchStyle(person.mobilePhone.slice(0, 6)), expectsMatch: true },
      { target: "persons", kind: "e-mail", q: person.email, expectsMatch: true },
      { target: "persons", kind: "postal code", q: person.address.postalCode, expectsMatch: true },
    );
  }
  return queries;
}
