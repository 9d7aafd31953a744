import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { invalidFields, type FieldError } from "../../platform/http/problem.js";
import { persons, relatePersonsIn } from "../persons/index.js";
import { contentHash, type ContractRecord } from "./contract-record.js";
import { PartyResolver } from "./parties.js";
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
  touched: { personIds: string[]; companyIds: string[] };
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

/** The persons a stored contract already names, by identity: a newer version links them again rather than matching afresh. */
async function knownPersons(tx: Executor, tenantId: string, contract: ContractRow | undefined): Promise<{ known: Map<string, string>; personIds: string[] }> {
  if (!contract) return { known: new Map(), personIds: [] };
  const covered = await tx
    .select({ personId: contractBeneficiaries.personId })
    .from(contractBeneficiaries)
    .where(and(eq(contractBeneficiaries.tenantId, tenantId), eq(contractBeneficiaries.contractId, contract.id)));
  const personIds = [...new Set([...(contract.holderPersonId ? [contract.holderPersonId] : []), ...covered.map((row) => row.personId)])];
  const rows = personIds.length
    ? await tx
        .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate })
        .from(persons)
        .where(and(eq(persons.tenantId, tenantId), inArray(persons.id, personIds)))
    : [];
  const known = new Map(rows.map((row) => [identityKey({ lastName: row.lastName, firstName: row.firstName ?? "", birthDate: row.birthDate ?? "" }), row.id]));
  return { known, personIds };
}

const audited = (row: ContractRow) => {
  const { tenantId: _tenant, createdAt: _created, updatedAt: _updated, createdBy: _by, updatedBy: _updatedBy, contentHash: _hash, ...rest } = row;
  return rest;
};

/**
 * Upserts one contract by (source system, number) in the caller's transaction, with its holder,
 * beneficiaries, guarantees and the family relations its roles state. A record that hashes as the
 * stored one is `unchanged` and touches nothing. Refusals are field errors on the record's members
 * (400); nothing is written then, provided the caller rolls back (a savepoint per feed line).
 */
export async function upsertContract(tx: Executor, ctx: RequestContext, resolver: PartyResolver, lookup: ReferenceLookup, record: ContractRecord): Promise<UpsertOutcome> {
  const hash = contentHash(record);
  const [existing] = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.tenantId, ctx.tenantId), eq(contracts.sourceSystem, record.sourceSystem), eq(contracts.number, record.number)))
    .for("update");
  const holderType = record.holder.type;
  if (existing && existing.contentHash === hash) {
    const holderId = existing.holderPersonId ?? existing.holderCompanyId ?? "";
    return { result: "unchanged", contractId: existing.id, holderType, holderId, touched: { personIds: [], companyIds: [] }, quoteNumber: null };
  }
  const errors: FieldError[] = [];
  const catalogue = await catalogueLinks(lookup, record, errors);
  const introducerId = await introducerOf(lookup, record.introducerCode, errors);
  if (errors.length > 0) throw invalidFields(errors);

  const { known, personIds: previousPersons } = await knownPersons(tx, ctx.tenantId, existing);
  const holder = record.holder.type === "person" ? await resolver.person(record.holder, known, "holder") : await resolver.company(record.holder, "holder");
  const covered = [];
  for (const [index, beneficiary] of record.beneficiaries.entries()) {
    covered.push({ ...beneficiary, personId: (await resolver.person(beneficiary, known, `beneficiaries.${index}`)).id });
  }

  const values = {
    holderPersonId: holderType === "person" ? holder.id : null,
    holderCompanyId: holderType === "company" ? holder.id : null,
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
    updatedBy: ctx.userId,
  };
  const [row] = existing
    ? await tx
        .update(contracts)
        .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
        .where(and(eq(contracts.tenantId, ctx.tenantId), eq(contracts.id, existing.id)))
        .returning()
    : await tx
        .insert(contracts)
        .values({ ...values, tenantId: ctx.tenantId, sourceSystem: record.sourceSystem, number: record.number, createdBy: ctx.userId })
        .returning();
  if (!row) throw new Error("contract upsert returned no row");

  if (existing) {
    const ofContract = (table: typeof contractBeneficiaries | typeof contractGuarantees) => and(eq(table.tenantId, ctx.tenantId), eq(table.contractId, row.id));
    await tx.delete(contractBeneficiaries).where(ofContract(contractBeneficiaries));
    await tx.delete(contractGuarantees).where(ofContract(contractGuarantees));
  }
  if (covered.length > 0) {
    await tx.insert(contractBeneficiaries).values(
      covered.map((beneficiary, position) => ({
        tenantId: ctx.tenantId,
        contractId: row.id,
        personId: beneficiary.personId,
        role: beneficiary.role,
        startDate: beneficiary.startDate ?? null,
        endDate: beneficiary.endDate ?? null,
        position,
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
      })),
    );
  }
  if (record.guarantees.length > 0) {
    await tx.insert(contractGuarantees).values(
      record.guarantees.map((guarantee, position) => ({
        tenantId: ctx.tenantId,
        contractId: row.id,
        kind: guarantee.kind,
        code: guarantee.code,
        label: guarantee.label ?? null,
        premiumAnnualCents: guarantee.premiumAnnualCents ?? null,
        position,
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
      })),
    );
  }
  for (const relation of relationsFromRoles(values.holderPersonId, covered)) await relatePersonsIn(tx, ctx, relation.personId, relation.type, relation.relatedPersonId);

  await recordAudit(tx, ctx, { entity: "contract", entityId: row.id, before: existing ? audited(existing) : null, after: audited(row) });
  await emitEvent(tx, ctx, { type: existing ? "contract.updated" : "contract.created", entity: "contract", entityId: row.id });

  const personIds = new Set([...previousPersons, ...covered.map((beneficiary) => beneficiary.personId), ...(values.holderPersonId ? [values.holderPersonId] : [])]);
  const companyIds = new Set([...(existing?.holderCompanyId ? [existing.holderCompanyId] : []), ...(values.holderCompanyId ? [values.holderCompanyId] : [])]);
  return {
    result: existing ? "updated" : "created",
    contractId: row.id,
    holderType,
    holderId: holder.id,
    touched: { personIds: [...personIds], companyIds: [...companyIds] },
    quoteNumber: record.quoteNumber ?? null,
  };
}
