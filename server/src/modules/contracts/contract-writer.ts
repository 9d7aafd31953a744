import { and, eq, inArray, sql } from "drizzle-orm";
import { recordAudits } from "../../platform/audit/audit-log.js";
import type { RequestContext } from "../../platform/auth/context.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { insertMany, insertManyReturning } from "../../platform/db/insert-many.js";
import { emitEvents } from "../../platform/events/outbox.js";
import { invalidFields, type FieldError } from "../../platform/http/problem.js";
import { newId } from "../../platform/ids.js";
import { persons, relatePersonsIn, type PersonRelationInput } from "../persons/index.js";
import { contentHash, contractKey, type ContractRecord } from "./contract-record.js";
import type { TouchedParties } from "./coverage-refresh.js";
import type { PartyResolver } from "./parties.js";
import { identityKey, relationsFromRoles } from "./party-rules.js";
import type { ReferenceLookup } from "./reference-lookup.js";
import { contractBeneficiaries, contractGuarantees, contracts } from "./schema.js";

export type UpsertResult = "created" | "updated" | "unchanged";

export interface UpsertOutcome {
  result: UpsertResult;
  contractId: string;
  holderType: "person" | "company";
  holderId: string;
  /** Every person and company whose contracts changed (before and after), for their flags and nature. */
  touched: TouchedParties;
  /** The quote the contract names, when it changed and names one. */
  quoteNumber: string | null;
}

type ContractRow = typeof contracts.$inferSelect;

/** The catalogue's product and formula for the codes sent; a code the catalogue does not know needs a free label. */
async function catalogueLinks(lookup: ReferenceLookup, record: ContractRecord, errors: FieldError[]) {
  const product = record.productCode ? await lookup.product(record.productCode) : undefined;
  if (!product) {
    if (record.productCode && !record.productLabel) errors.push({ path: "productCode", code: "contract.unknown_product", params: { value: record.productCode } });
    return { productId: null, formulaId: null, grantsMembership: record.grantsMembership ?? false };
  }
  // The catalogue knows the product's domain: another one would file the contract, and its holder's equipment flag, under the wrong domain.
  if (product.domain !== record.domain) errors.push({ path: "domain", code: "contract.domain_mismatch", params: { value: product.domain } });
  const formulaId = record.formulaCode ? await lookup.formula(product.id, record.formulaCode) : undefined;
  if (record.formulaCode && !formulaId) errors.push({ path: "formulaCode", code: "contract.unknown_formula", params: { value: record.formulaCode } });
  return { productId: product.id, formulaId: formulaId ?? null, grantsMembership: product.grantsMembership };
}

async function introducerOf(lookup: ReferenceLookup, code: string | undefined, errors: FieldError[]): Promise<string | null> {
  if (!code) return null;
  const id = await lookup.introducer(code);
  if (!id) errors.push({ path: "introducerCode", code: "contract.unknown_introducer", params: { value: code } });
  return id ?? null;
}

/** The field errors of a record that no write can fix: codes the catalogue or the organisation does not know. */
export async function referenceErrors(lookup: ReferenceLookup, record: ContractRecord): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  await catalogueLinks(lookup, record, errors);
  await introducerOf(lookup, record.introducerCode, errors);
  return errors;
}

/** The persons stored versions of contracts already name, by contract id and identity: a newer version links them again rather than matching afresh. */
async function knownPersons(tx: Executor, tenantId: string, stored: readonly ContractRow[]): Promise<Map<string, { known: Map<string, string>; personIds: string[] }>> {
  const byContract = new Map(stored.map((contract) => [contract.id, { known: new Map<string, string>(), personIds: contract.holderPersonId ? [contract.holderPersonId] : [] }]));
  if (stored.length === 0) return byContract;
  const covered = await tx
    .select({ contractId: contractBeneficiaries.contractId, personId: contractBeneficiaries.personId })
    .from(contractBeneficiaries)
    .where(and(eq(contractBeneficiaries.tenantId, tenantId), isAnyOf(contractBeneficiaries.contractId, [...byContract.keys()])));
  for (const { contractId, personId } of covered) byContract.get(contractId)?.personIds.push(personId);
  const ids = [...new Set([...byContract.values()].flatMap((entry) => entry.personIds))];
  const rows = ids.length
    ? await tx
        .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate })
        .from(persons)
        .where(and(eq(persons.tenantId, tenantId), isAnyOf(persons.id, ids)))
    : [];
  const identities = new Map(rows.map((row) => [row.id, identityKey({ lastName: row.lastName, firstName: row.firstName ?? "", birthDate: row.birthDate ?? "" })]));
  for (const entry of byContract.values()) {
    entry.personIds = [...new Set(entry.personIds)];
    for (const id of entry.personIds) {
      const identity = identities.get(id);
      if (identity) entry.known.set(identity, id);
    }
  }
  return byContract;
}

const audited = (row: ContractRow) => {
  const { tenantId: _tenant, createdAt: _created, updatedAt: _updated, createdBy: _by, updatedBy: _updatedBy, contentHash: _hash, ...rest } = row;
  return rest;
};


/**
 * Upserts contracts by (source system, number) in the caller's transaction, with their holders,
 * beneficiaries, guarantees and the family relations their roles state, in a few statements for
 * all of them (a feed's batch of a thousand; the API's one). A record that hashes as the stored
 * one is `unchanged` and touches nothing. A refusal is a field error on the record's members (400)
 * and fails them all: the caller rolls back (a savepoint) and, for a batch, tries the lines one by
 * one to name the refused one. A batch names each contract once.
 */
export async function upsertContracts(tx: Executor, ctx: RequestContext, resolver: PartyResolver, lookup: ReferenceLookup, records: readonly ContractRecord[]): Promise<UpsertOutcome[]> {
  const storedRows = await tx
    .select()
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, ctx.tenantId),
        sql`(${contracts.sourceSystem}, ${contracts.number}) in (select * from unnest(${sql.param(records.map((record) => record.sourceSystem))}::text[], ${sql.param(records.map((record) => record.number))}::text[]))`,
      ),
    )
    .for("update");
  const stored = new Map(storedRows.map((row) => [contractKey(row), row]));
  const hashes = records.map(contentHash);
  const changed = records.flatMap((record, position) => {
    const existing = stored.get(contractKey(record));
    return existing?.contentHash === hashes[position] ? [] : [{ record, position, existing, hash: hashes[position] ?? "" }];
  });

  const links: Array<{ catalogue: Awaited<ReturnType<typeof catalogueLinks>>; introducerId: string | null }> = [];
  for (const { record } of changed) {
    const errors: FieldError[] = [];
    const catalogue = await catalogueLinks(lookup, record, errors);
    const introducerId = await introducerOf(lookup, record.introducerCode, errors);
    if (errors.length > 0) throw invalidFields(errors);
    links.push({ catalogue, introducerId });
  }
  const known = await knownPersons(tx, ctx.tenantId, changed.flatMap(({ existing }) => (existing ? [existing] : [])));
  const parties = await resolver.resolve(
    changed.map(({ record, existing }, index) => ({
      holder: record.holder,
      beneficiaries: record.beneficiaries,
      known: (existing && known.get(existing.id)?.known) ?? new Map(),
      standing: { status: record.status, domain: record.domain, grantsMembership: links[index]?.catalogue.grantsMembership ?? false },
    })),
  );

  const values = changed.map(({ record, existing, hash }, index) => {
    const holderId = parties[index]?.holderId ?? "";
    const { catalogue, introducerId } = links[index] ?? { catalogue: { productId: null, formulaId: null, grantsMembership: false }, introducerId: null };
    return {
      id: existing?.id ?? newId(),
      tenantId: ctx.tenantId,
      sourceSystem: record.sourceSystem,
      number: record.number,
      holderPersonId: record.holder.type === "person" ? holderId : null,
      holderCompanyId: record.holder.type === "company" ? holderId : null,
      domain: record.domain,
      productId: catalogue.productId,
      formulaId: catalogue.formulaId,
      productCode: record.productCode ?? null,
      formulaCode: record.formulaCode ?? null,
      productLabel: record.productLabel ?? null,
      grantsMembership: catalogue.grantsMembership,
      status: record.status,
      startDate: record.startDate,
      endDate: record.endDate ?? null,
      terminationDate: record.terminationDate ?? null,
      terminationReason: record.terminationReason ?? null,
      premiumAnnualCents: record.premiumAnnualCents ?? null,
      introducerId,
      quoteNumber: record.quoteNumber ?? null,
      contentHash: hash,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
    };
  });
  // A stored contract takes the new version's columns: the values sent are the new version whole.
  const replacedColumns = ["holderPersonId", "holderCompanyId", "domain", "productId", "formulaId", "productCode", "formulaCode", "productLabel", "grantsMembership", "status", "startDate", "endDate", "terminationDate", "terminationReason", "premiumAnnualCents", "introducerId", "quoteNumber", "contentHash", "updatedBy"] as const;
  const newVersion = sql.join(
    replacedColumns.map((column) => sql`${sql.identifier(contracts[column].name)} = excluded.${sql.identifier(contracts[column].name)}`),
    sql`, `,
  );
  const saved = await insertManyReturning(
    tx,
    contracts,
    values,
    sql`on conflict (${sql.identifier(contracts.tenantId.name)}, ${sql.identifier(contracts.sourceSystem.name)}, ${sql.identifier(contracts.number.name)}) do update set ${newVersion}, ${sql.identifier(contracts.version.name)} = ${contracts}.${sql.identifier(contracts.version.name)} + 1, ${sql.identifier(contracts.updatedAt.name)} = now()`,
  );
  const savedByKey = new Map(saved.map((row) => [contractKey(row), row]));

  const replaced = changed.flatMap(({ existing }) => (existing ? [existing.id] : []));
  if (replaced.length > 0) {
    await tx.delete(contractBeneficiaries).where(and(eq(contractBeneficiaries.tenantId, ctx.tenantId), inArray(contractBeneficiaries.contractId, replaced)));
    await tx.delete(contractGuarantees).where(and(eq(contractGuarantees.tenantId, ctx.tenantId), inArray(contractGuarantees.contractId, replaced)));
  }
  const covered = changed.map(({ record }, index) => record.beneficiaries.map((beneficiary, position) => ({ ...beneficiary, personId: parties[index]?.beneficiaryIds[position] ?? "" })));
  const beneficiaryRows = changed.flatMap(({ record }, index) =>
    (covered[index] ?? []).map((beneficiary, position) => ({
      tenantId: ctx.tenantId,
      contractId: savedByKey.get(contractKey(record))?.id ?? "",
      personId: beneficiary.personId,
      role: beneficiary.role,
      startDate: beneficiary.startDate ?? null,
      endDate: beneficiary.endDate ?? null,
      position,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
    })),
  );
  await insertMany(tx, contractBeneficiaries, beneficiaryRows);
  const guaranteeRows = changed.flatMap(({ record }) =>
    record.guarantees.map((guarantee, position) => ({
      tenantId: ctx.tenantId,
      contractId: savedByKey.get(contractKey(record))?.id ?? "",
      kind: guarantee.kind,
      code: guarantee.code,
      label: guarantee.label ?? null,
      premiumAnnualCents: guarantee.premiumAnnualCents ?? null,
      position,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
    })),
  );
  await insertMany(tx, contractGuarantees, guaranteeRows);
  const relations: PersonRelationInput[] = changed.flatMap((_, index) => relationsFromRoles(values[index]?.holderPersonId ?? null, covered[index] ?? []));
  await relatePersonsIn(tx, ctx, relations);

  const rowOf = (record: ContractRecord): ContractRow => {
    const row = savedByKey.get(contractKey(record));
    if (!row) throw new Error(`contract ${record.number} was not saved`);
    return row;
  };
  await recordAudits(tx, ctx, changed.map(({ record, existing }) => ({ entity: "contract", entityId: rowOf(record).id, before: existing ? audited(existing) : null, after: audited(rowOf(record)) })));
  await emitEvents(tx, ctx, changed.map(({ record, existing }) => ({ type: existing ? "contract.updated" : "contract.created", entity: "contract", entityId: rowOf(record).id })));

  const outcomes: UpsertOutcome[] = records.map((record) => {
    const existing = stored.get(contractKey(record));
    const holderId = existing?.holderPersonId ?? existing?.holderCompanyId ?? "";
    return { result: "unchanged", contractId: existing?.id ?? "", holderType: record.holder.type, holderId, touched: { personIds: [], companyIds: [] }, quoteNumber: null };
  });
  changed.forEach(({ record, existing, position }, index) => {
    const row = rowOf(record);
    const personIds = new Set([...((existing && known.get(existing.id)?.personIds) ?? []), ...(covered[index] ?? []).map((beneficiary) => beneficiary.personId), ...(row.holderPersonId ? [row.holderPersonId] : [])]);
    const companyIds = new Set([...(existing?.holderCompanyId ? [existing.holderCompanyId] : []), ...(row.holderCompanyId ? [row.holderCompanyId] : [])]);
    outcomes[position] = {
      result: existing ? "updated" : "created",
      contractId: row.id,
      holderType: record.holder.type,
      holderId: row.holderPersonId ?? row.holderCompanyId ?? "",
      touched: { personIds: [...personIds], companyIds: [...companyIds] },
      quoteNumber: record.quoteNumber ?? null,
    };
  });
  return outcomes;
}

/**
 * Links contracts to the quote they came from, or to none (no number, or one nobody knows), in one
 * statement for a batch; a contract already linked so is not written again.
 */
export async function linkQuotes(tx: Executor, ctx: RequestContext, links: ReadonlyArray<{ contractId: string; quoteId: string | null }>): Promise<void> {
  if (links.length === 0) return;
  await tx.execute(sql`update ${contracts} set quote_id = linked.quote_id
    from unnest(${sql.param(links.map((link) => link.contractId))}::uuid[], ${sql.param(links.map((link) => link.quoteId))}::uuid[]) as linked(id, quote_id)
    where ${contracts.tenantId} = ${ctx.tenantId} and ${contracts.id} = linked.id and ${contracts.quoteId} is distinct from linked.quote_id`);
}
