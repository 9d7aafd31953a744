import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { startsWith } from "../../platform/db/text-search.js";
import { companies } from "../companies/index.js";
import { persons, type CoverageDomain } from "../persons/index.js";
import { contractBeneficiaries, contracts, type ContractStatus } from "./schema.js";

export interface ContractFilters {
  /** The number's beginning. */
  q?: string | undefined;
  holderPersonId?: string | undefined;
  holderCompanyId?: string | undefined;
  beneficiaryPersonId?: string | undefined;
  /** Held or covered by this person: the person's contracts tab. */
  personId?: string | undefined;
  status?: ContractStatus | undefined;
  domain?: CoverageDomain | undefined;
  sourceSystem?: string | undefined;
}

const coveredPersons = (tenantId: string, personId: string): SQL =>
  inArray(contracts.id, sql`(select ${contractBeneficiaries.contractId} from ${contractBeneficiaries} where ${contractBeneficiaries.tenantId} = ${tenantId} and ${contractBeneficiaries.personId} = ${personId})`);

/**
 * A contract is seen by whoever sees its holder (docs/domain/contracts.md): the persons' and
 * companies' own scope conditions, as id sets, so that each uses its index.
 */
export function withinHolderScope(reader: ScopedReader): SQL | undefined {
  const personScope = withinScope(reader.dataScope, persons);
  const companyScope = withinScope(reader.dataScope, companies);
  if (!personScope || !companyScope) return undefined;
  return or(
    inArray(contracts.holderPersonId, sql`(select ${persons.id} from ${persons} where ${persons.tenantId} = ${reader.tenantId} and ${personScope})`),
    inArray(contracts.holderCompanyId, sql`(select ${companies.id} from ${companies} where ${companies.tenantId} = ${reader.tenantId} and ${companyScope})`),
  );
}

export function contractWhere(reader: ScopedReader, filters: ContractFilters): SQL | undefined {
  return and(
    eq(contracts.tenantId, reader.tenantId),
    withinHolderScope(reader),
    filters.q ? startsWith(contracts.number, filters.q.trim()) : undefined,
    filters.holderPersonId ? eq(contracts.holderPersonId, filters.holderPersonId) : undefined,
    filters.holderCompanyId ? eq(contracts.holderCompanyId, filters.holderCompanyId) : undefined,
    filters.beneficiaryPersonId ? coveredPersons(reader.tenantId, filters.beneficiaryPersonId) : undefined,
    filters.personId ? or(eq(contracts.holderPersonId, filters.personId), coveredPersons(reader.tenantId, filters.personId)) : undefined,
    filters.status ? eq(contracts.status, filters.status) : undefined,
    filters.domain ? eq(contracts.domain, filters.domain) : undefined,
    filters.sourceSystem ? eq(contracts.sourceSystem, filters.sourceSystem) : undefined,
  );
}
