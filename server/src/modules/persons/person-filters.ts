import { and, arrayContains, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { idMatchesWords, startsWith } from "../../platform/db/text-search.js";
import { parseFrenchPhone } from "../../platform/identifiers/index.js";
import { classifyPersonQuery, type PersonQuery } from "./person-search.js";
import { personAddresses, persons, type Nature } from "./schema.js";

export interface PersonFilters {
  q?: string | undefined;
  nature?: Nature | undefined;
  category?: "individual" | "professional" | undefined;
  originId?: string | undefined;
  marker?: string | undefined;
  postalCode?: string | undefined;
  /** `key:value`, one custom field equal to a value. */
  customField?: string | undefined;
  /** A caller's number in any format: the persons whose mobile or landline is that very number (screen-pop). */
  phone?: string | undefined;
  introducerId?: string | undefined;
  advisorId?: string | undefined;
  /** Only the persons assigned to no introducer (the unassigned queue). */
  unassigned?: boolean | undefined;
}

/**
 * The persons with an address at this postal code: the addresses' index gives their ids once, then
 * each person is read by key. As a correlated EXISTS the planner would rather walk every person of
 * the tenant and probe their addresses.
 */
const livesIn = (tenantId: string, postalCode: string): SQL =>
  sql`${persons.id} = any(array(select ${personAddresses.personId} from ${personAddresses} where ${personAddresses.tenantId} = ${tenantId} and ${personAddresses.postalCode} = ${postalCode}))`;

/**
 * The search box: each kind of query uses its own index (trigram on names, prefix on phones and
 * e-mails), written with conditions that row-level security lets the planner push into the index.
 */
function matchesQuery(tenantId: string, query: PersonQuery | undefined): SQL | undefined {
  if (!query) return undefined;
  switch (query.kind) {
    case "email":
      return startsWith(persons.email, query.value);
    case "postal_code":
      return livesIn(tenantId, query.value);
    case "phone":
      return or(...query.keys.flatMap((key) => [startsWith(persons.mobilePhone, key), startsWith(persons.landlinePhone, key)]));
    case "name":
      return idMatchesWords(persons.id, "persons", query.value);
  }
}

/** The persons one number rings: equality on the stored E.164 form, which the phone indexes answer. */
function callingNumber(phone: string): SQL {
  const parsed = parseFrenchPhone(phone);
  return parsed.ok ? (or(eq(persons.mobilePhone, parsed.e164), eq(persons.landlinePhone, parsed.e164)) ?? sql`false`) : sql`false`;
}

/**
 * The filters of a list or an export, within the reader's data scope. A list passes the search it
 * has already classified for its ranking: classifying a phone costs several libphonenumber parses.
 */
export function personWhere(reader: ScopedReader, filters: PersonFilters, search = classifyPersonQuery(filters.q ?? "")): SQL | undefined {
  const { tenantId } = reader;
  const [fieldKey, ...fieldValue] = (filters.customField ?? "").split(":");
  return and(
    eq(persons.tenantId, tenantId),
    withinScope(reader.dataScope, persons),
    filters.introducerId ? eq(persons.introducerId, filters.introducerId) : undefined,
    filters.advisorId ? eq(persons.advisorId, filters.advisorId) : undefined,
    filters.unassigned ? isNull(persons.introducerId) : undefined,
    matchesQuery(tenantId, search),
    filters.nature ? eq(persons.nature, filters.nature) : undefined,
    filters.category ? eq(persons.category, filters.category) : undefined,
    filters.originId ? eq(persons.originId, filters.originId) : undefined,
    filters.marker ? arrayContains(persons.markers, [filters.marker]) : undefined,
    filters.postalCode ? livesIn(tenantId, filters.postalCode) : undefined,
    filters.phone ? callingNumber(filters.phone) : undefined,
    fieldKey && fieldValue.length > 0 ? sql`${persons.customFields} ->> ${fieldKey} = ${fieldValue.join(":")}` : undefined,
  );
}
