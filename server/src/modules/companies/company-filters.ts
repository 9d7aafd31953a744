import { and, arrayContains, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { idMatchesWords, startsWith } from "../../platform/db/text-search.js";
import type { Nature } from "../persons/index.js";
import { classifyCompanyQuery, type CompanyQuery } from "./company-search.js";
import { companies, companyAddresses } from "./schema.js";

export interface CompanyFilters {
  q?: string | undefined;
  nature?: Nature | undefined;
  originId?: string | undefined;
  marker?: string | undefined;
  postalCode?: string | undefined;
  /** A sous-classe ("86.21Z") or a whole division ("86"). */
  nafCode?: string | undefined;
  headcountBand?: string | undefined;
  /** `key:value`, one custom field equal to a value. */
  customField?: string | undefined;
  introducerId?: string | undefined;
  advisorId?: string | undefined;
  /** Only the companies assigned to no introducer (the unassigned queue). */
  unassigned?: boolean | undefined;
}

/** The companies with an address at this postal code, ids first then by key (as persons' `livesIn`). */
const locatedIn = (tenantId: string, postalCode: string): SQL =>
  sql`${companies.id} = any(array(select ${companyAddresses.companyId} from ${companyAddresses} where ${companyAddresses.tenantId} = ${tenantId} and ${companyAddresses.postalCode} = ${postalCode}))`;

/** The search box: each kind of query uses its own index (trigram on names, prefix on identifiers, phones and e-mails). */
function matchesQuery(tenantId: string, query: CompanyQuery | undefined): SQL | undefined {
  if (!query) return undefined;
  switch (query.kind) {
    case "email":
      return startsWith(companies.email, query.value);
    case "postal_code":
      return locatedIn(tenantId, query.value);
    case "number":
      return or(startsWith(companies.siren, query.digits), startsWith(companies.siret, query.digits), ...query.phoneKeys.map((key) => startsWith(companies.phone, key)));
    case "phone":
      return or(...query.keys.map((key) => startsWith(companies.phone, key)));
    case "name":
      return idMatchesWords(companies.id, "companies", query.value);
  }
}

/** The filters of a list or an export, within the reader's data scope; a list passes the search it ranks by (as persons'). */
export function companyWhere(reader: ScopedReader, filters: CompanyFilters, search = classifyCompanyQuery(filters.q ?? "")): SQL | undefined {
  const { tenantId } = reader;
  const [fieldKey, ...fieldValue] = (filters.customField ?? "").split(":");
  const naf = filters.nafCode?.toUpperCase();
  return and(
    eq(companies.tenantId, tenantId),
    withinScope(reader.dataScope, companies),
    filters.introducerId ? eq(companies.introducerId, filters.introducerId) : undefined,
    filters.advisorId ? eq(companies.advisorId, filters.advisorId) : undefined,
    filters.unassigned ? isNull(companies.introducerId) : undefined,
    matchesQuery(tenantId, search),
    filters.nature ? eq(companies.nature, filters.nature) : undefined,
    filters.originId ? eq(companies.originId, filters.originId) : undefined,
    filters.marker ? arrayContains(companies.markers, [filters.marker]) : undefined,
    filters.postalCode ? locatedIn(tenantId, filters.postalCode) : undefined,
    naf ? (naf.length === 2 ? startsWith(companies.nafCode, `${naf}.`) : eq(companies.nafCode, naf)) : undefined,
    filters.headcountBand ? eq(companies.headcountBand, filters.headcountBand) : undefined,
    fieldKey && fieldValue.length > 0 ? sql`${companies.customFields} ->> ${fieldKey} = ${fieldValue.join(":")}` : undefined,
  );
}
