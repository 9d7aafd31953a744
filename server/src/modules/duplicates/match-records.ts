import { and, asc, eq, gt, ne, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { frenchDateText } from "../../platform/i18n/dates.js";
import { companies, companyAddresses } from "../companies/index.js";
import { personAddresses, persons } from "../persons/index.js";
import { prepareRecord, type PreparedRecord } from "./matching.js";
import type { DuplicateTarget } from "./rules.js";
import { duplicateKeys, falseDuplicates } from "./schema.js";

/** A record as the rules see it: normalised once (PreparedRecord), with a name people recognise. */
export interface MatchRecord {
  id: string;
  displayName: string;
  prepared: PreparedRecord;
}

/** How records of one kind are read for matching: the fields rules compare, and a name people recognise. */
export interface MatchSource {
  target: DuplicateTarget;
  /** The records with these ids; missing ids are absent from the map. */
  load(tx: Executor, tenantId: string, ids: readonly string[]): Promise<Map<string, MatchRecord>>;
  /** Records in id order after `afterId`, for rebuilding keys over the whole base. */
  batch(tx: Executor, tenantId: string, afterId: string | undefined, size: number): Promise<MatchRecord[]>;
  /**
   * In one statement: the records filed under any of the keys, but `exceptId` and the records it
   * was declared distinct from (the candidates an entry check compares).
   */
  sharingKeys(tx: Executor, tenantId: string, keys: readonly string[], exceptId: string | undefined, size: number): Promise<MatchRecord[]>;
}

/** The condition behind `sharingKeys`, on a record table's id column. */
function sharingKeysWhere(id: AnyPgColumn, tenantId: string, target: DuplicateTarget, keys: readonly string[], exceptId: string | undefined): SQL | undefined {
  const filed = sql`${id} in (select record_id from ${duplicateKeys} where tenant_id = ${tenantId} and target = ${target} and key = any(${sql.param([...keys])}::text[]))`;
  if (!exceptId) return filed;
  return and(
    filed,
    ne(id, exceptId),
    sql`not exists (select 1 from ${falseDuplicates} declared where declared.tenant_id = ${tenantId} and declared.target = ${target}
          and ((declared.record_a = ${exceptId} and declared.record_b = ${id}) or (declared.record_b = ${exceptId} and declared.record_a = ${id})))`,
  );
}


async function selectPersons(tx: Executor, tenantId: string, where: SQL | undefined, size?: number): Promise<MatchRecord[]> {
  const query = tx
    .select({
      id: persons.id,
      lastName: persons.lastName,
      firstName: persons.firstName,
      birthName: persons.birthName,
      birthDate: persons.birthDate,
      email: persons.email,
      mobilePhone: persons.mobilePhone,
      landlinePhone: persons.landlinePhone,
      postalCode: personAddresses.postalCode,
    })
    .from(persons)
    .leftJoin(personAddresses, and(eq(personAddresses.tenantId, persons.tenantId), eq(personAddresses.personId, persons.id), eq(personAddresses.kind, "main")))
    .where(and(eq(persons.tenantId, tenantId), where))
    .orderBy(asc(persons.id));
  const rows = size === undefined ? await query : await query.limit(size);
  return rows.map((row) => ({
    id: row.id,
    displayName: [row.lastName.toUpperCase(), row.firstName, row.birthDate ? `(${frenchDateText(row.birthDate)})` : ""].filter(Boolean).join(" "),
    prepared: prepareRecord("person", row),
  }));
}

async function selectCompanies(tx: Executor, tenantId: string, where: SQL | undefined, size?: number): Promise<MatchRecord[]> {
  const query = tx
    .select({ id: companies.id, name: companies.name, siren: companies.siren, siret: companies.siret, email: companies.email, phone: companies.phone, postalCode: companyAddresses.postalCode })
    .from(companies)
    .leftJoin(companyAddresses, and(eq(companyAddresses.tenantId, companies.tenantId), eq(companyAddresses.companyId, companies.id), eq(companyAddresses.kind, "head_office")))
    .where(and(eq(companies.tenantId, tenantId), where))
    .orderBy(asc(companies.id));
  const rows = size === undefined ? await query : await query.limit(size);
  return rows.map((row) => ({ id: row.id, displayName: [row.name, row.siren ? `(SIREN ${row.siren})` : "", row.postalCode ?? ""].filter(Boolean).join(" "), prepared: prepareRecord("company", row) }));
}

const byId = (records: MatchRecord[]): Map<string, MatchRecord> => new Map(records.map((record) => [record.id, record]));

export const matchSources: Record<DuplicateTarget, MatchSource> = {
  person: {
    target: "person",
    load: async (tx, tenantId, ids) => (ids.length === 0 ? new Map() : byId(await selectPersons(tx, tenantId, isAnyOf(persons.id, ids)))),
    batch: (tx, tenantId, afterId, size) => selectPersons(tx, tenantId, afterId ? gt(persons.id, afterId) : undefined, size),
    sharingKeys: (tx, tenantId, keys, exceptId, size) => selectPersons(tx, tenantId, sharingKeysWhere(persons.id, tenantId, "person", keys, exceptId), size),
  },
  company: {
    target: "company",
    load: async (tx, tenantId, ids) => (ids.length === 0 ? new Map() : byId(await selectCompanies(tx, tenantId, isAnyOf(companies.id, ids)))),
    batch: (tx, tenantId, afterId, size) => selectCompanies(tx, tenantId, afterId ? gt(companies.id, afterId) : undefined, size),
    sharingKeys: (tx, tenantId, keys, exceptId, size) => selectCompanies(tx, tenantId, sharingKeysWhere(companies.id, tenantId, "company", keys, exceptId), size),
  },
};
