import { and, eq, sql } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { applyCompanyDerivedFields } from "../companies/index.js";
import { applyPersonDerivedFields, type CoverageDomain, type Nature, type PersonDerivedFields } from "../persons/index.js";
import { coverageFlagsOf } from "./party-rules.js";
import { contractBeneficiaries, contracts, type ContractStatus } from "./schema.js";

/** The persons and companies whose contracts a change touched (before and after it). */
export interface TouchedParties {
  personIds: string[];
  companyIds: string[];
}

/** A person or a company whose contracts changed. */
export type Party = { personId: string; companyId?: null } | { personId?: null; companyId: string };

/**
 * The life cycle's single nature rule (opportunities module), registered at wiring time: it takes
 * the parties' contracts as the flags just read them (elsewhere it reads them through
 * `contractStandings`) and answers the natures it decides, persons' and companies' apart, for the
 * contracts module to store with the flags.
 */
export interface NatureRule {
  naturesOf(
    tx: Executor,
    ctx: RequestContext,
    parties: readonly Party[],
    standings: ReadonlyMap<string, ReadonlyArray<{ status: ContractStatus; grantsMembership: boolean }>>,
  ): Promise<{ persons: ReadonlyMap<string, Nature>; companies: ReadonlyMap<string, Nature> }>;
  /** The nature of a record not stored yet, from its contracts alone: it has no opportunity and was never qualified. */
  natureOfNew(contracts: ReadonlyArray<{ status: ContractStatus; grantsMembership: boolean }>): Nature;
}

/** What a contract tells of its parties: its status, domain and whether its product grants membership. */
export interface Standing {
  status: ContractStatus;
  domain: CoverageDomain;
  grantsMembership: boolean;
}

/**
 * The contracts each person holds or is covered by (each contract once per person), or each
 * company holds, by the party's id: one query per kind of party.
 */
async function contractsOfParties(tx: Executor, tenantId: string, parties: readonly Party[]): Promise<Map<string, Standing[]>> {
  const personIds = parties.flatMap((party) => (party.personId ? [party.personId] : []));
  const companyIds = parties.flatMap((party) => (party.companyId ? [party.companyId] : []));
  const byParty = new Map<string, Standing[]>();
  const standing = { status: contracts.status, domain: contracts.domain, grantsMembership: contracts.grantsMembership };
  if (personIds.length > 0) {
    const holding = tx
      .select({ partyId: sql<string>`${contracts.holderPersonId}`.as("party_id"), contractId: contracts.id, ...standing })
      .from(contracts)
      .where(and(eq(contracts.tenantId, tenantId), isAnyOf(contracts.holderPersonId, personIds)));
    const covered = tx
      .select({ partyId: sql<string>`${contractBeneficiaries.personId}`.as("party_id"), contractId: contracts.id, ...standing })
      .from(contractBeneficiaries)
      .innerJoin(contracts, and(eq(contracts.tenantId, contractBeneficiaries.tenantId), eq(contracts.id, contractBeneficiaries.contractId)))
      .where(and(eq(contractBeneficiaries.tenantId, tenantId), isAnyOf(contractBeneficiaries.personId, personIds)));
    // union, not union all: a person holding a contract that also covers them counts it once.
    for (const row of await holding.union(covered)) byParty.set(row.partyId, [...(byParty.get(row.partyId) ?? []), row]);
  }
  if (companyIds.length > 0) {
    const rows = await tx
      .select({ partyId: sql<string>`${contracts.holderCompanyId}`, ...standing })
      .from(contracts)
      .where(and(eq(contracts.tenantId, tenantId), isAnyOf(contracts.holderCompanyId, companyIds)));
    for (const row of rows) byParty.set(row.partyId, [...(byParty.get(row.partyId) ?? []), row]);
  }
  return byParty;
}

/** The standing of each contract of these persons and companies, by party id: what the nature rule reads. */
export async function contractStandings(tx: Executor, tenantId: string, parties: readonly Party[]): Promise<Map<string, Array<{ status: ContractStatus; grantsMembership: boolean }>>> {
  const byParty = await contractsOfParties(tx, tenantId, parties);
  return new Map([...byParty].map(([id, rows]) => [id, rows.map((row) => ({ status: row.status, grantsMembership: row.grantsMembership }))]));
}

/**
 * Brings the equipment flags and the nature of every party contract changes touched up to date, in
 * their transaction: the contracts read back in one query per kind, then flags and natures stored
 * together in one statement per kind (a feed's batch touches thousands of parties, each rewritten
 * once rather than once per field).
 */
export async function refreshParties(tx: Executor, ctx: RequestContext, touched: TouchedParties, nature: NatureRule | undefined): Promise<void> {
  const personIds = [...new Set(touched.personIds)];
  const companyIds = [...new Set(touched.companyIds)];
  const parties: Party[] = [...personIds.map((personId) => ({ personId })), ...companyIds.map((companyId) => ({ companyId }))];
  if (parties.length === 0) return;
  const byParty = await contractsOfParties(tx, ctx.tenantId, parties);
  const flagsOf = (ids: readonly string[]) => new Map(ids.map((id) => [id, coverageFlagsOf(byParty.get(id) ?? [])]));
  const natures = await nature?.naturesOf(tx, ctx, parties, byParty);
  await applyPersonDerivedFields(tx, ctx, { coverageFlags: flagsOf(personIds), natures: natures?.persons });
  await applyCompanyDerivedFields(tx, ctx, { coverageFlags: flagsOf(companyIds), natures: natures?.companies });
}

/**
 * The equipment flags and nature of persons a batch is about to create, by id, from the batch's
 * contracts that name them (`contractsOf`): a new person has no other contract and no opportunity,
 * so these are what the refresh at the end of the batch would decide. They are created with them,
 * and the refresh then finds them up to date instead of rewriting each. Without a nature rule
 * registered they stay `suspect`, as the refresh would leave them.
 */
export function derivedFieldsOfNew(contractsOf: ReadonlyMap<string, readonly Standing[]>, nature: NatureRule | undefined): Map<string, PersonDerivedFields> {
  return new Map(
    [...contractsOf].map(([id, contracts]) => [id, { coverageFlags: coverageFlagsOf(contracts), nature: nature?.natureOfNew(contracts) ?? "suspect" }]),
  );
}
