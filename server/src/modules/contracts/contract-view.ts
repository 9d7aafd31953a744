import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { formulas, products } from "../catalogue/index.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { contractBeneficiaries, contractGuarantees, contracts, type BeneficiaryRole } from "./schema.js";

export type ContractRow = typeof contracts.$inferSelect;

export interface ContractView {
  id: string;
  sourceSystem: string;
  number: string;
  status: ContractRow["status"];
  domain: ContractRow["domain"];
  holderType: "person" | "company";
  holderPersonId: string | null;
  holderCompanyId: string | null;
  holderName: string;
  productId: string | null;
  formulaId: string | null;
  productCode: string | null;
  formulaCode: string | null;
  /** The catalogue's label when the product is known there, else the label sent. */
  productLabel: string | null;
  formulaLabel: string | null;
  grantsMembership: boolean;
  startDate: string;
  endDate: string | null;
  terminationDate: string | null;
  terminationReason: string | null;
  premiumAnnualCents: number | null;
  introducerId: string | null;
  quoteNumber: string | null;
  quoteId: string | null;
  beneficiaryCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface BeneficiaryView {
  id: string;
  contractId: string;
  personId: string;
  lastName: string;
  firstName: string | null;
  birthDate: string | null;
  role: BeneficiaryRole;
  startDate: string | null;
  endDate: string | null;
}

export interface GuaranteeView {
  kind: "guarantee" | "option";
  code: string;
  label: string | null;
  premiumAnnualCents: number | null;
}

export type ContractDetail = ContractView & { beneficiaries: BeneficiaryView[]; guarantees: GuaranteeView[] };

const byId = <T extends { id: string }>(rows: T[]): Map<string, T> => new Map(rows.map((row) => [row.id, row]));

/** Contracts with their holder's name, catalogue labels and number of beneficiaries, read in one query per kind. */
export async function viewsOf(tx: Executor, tenantId: string, rows: readonly ContractRow[]): Promise<ContractView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const personIds = rows.flatMap((row) => (row.holderPersonId ? [row.holderPersonId] : []));
  const companyIds = rows.flatMap((row) => (row.holderCompanyId ? [row.holderCompanyId] : []));
  const productIds = rows.flatMap((row) => (row.productId ? [row.productId] : []));
  const formulaIds = rows.flatMap((row) => (row.formulaId ? [row.formulaId] : []));
  const [holders, firms, productRows, formulaRows, counts] = await Promise.all([
    personIds.length ? tx.select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName }).from(persons).where(and(eq(persons.tenantId, tenantId), inArray(persons.id, personIds))) : [],
    companyIds.length ? tx.select({ id: companies.id, name: companies.name }).from(companies).where(and(eq(companies.tenantId, tenantId), inArray(companies.id, companyIds))) : [],
    productIds.length ? tx.select({ id: products.id, label: products.label }).from(products).where(and(eq(products.tenantId, tenantId), inArray(products.id, productIds))) : [],
    formulaIds.length ? tx.select({ id: formulas.id, label: formulas.label }).from(formulas).where(and(eq(formulas.tenantId, tenantId), inArray(formulas.id, formulaIds))) : [],
    tx
      .select({ id: contractBeneficiaries.contractId, total: count() })
      .from(contractBeneficiaries)
      .where(and(eq(contractBeneficiaries.tenantId, tenantId), inArray(contractBeneficiaries.contractId, ids)))
      .groupBy(contractBeneficiaries.contractId),
  ]);
  const holderById = byId(holders);
  const companyById = byId(firms);
  const productById = byId(productRows);
  const formulaById = byId(formulaRows);
  const countById = byId(counts);
  return rows.map((row) => {
    const person = row.holderPersonId ? holderById.get(row.holderPersonId) : undefined;
    const holderName = person ? [person.lastName, person.firstName].filter(Boolean).join(" ") : (companyById.get(row.holderCompanyId ?? "")?.name ?? "");
    return {
      id: row.id,
      sourceSystem: row.sourceSystem,
      number: row.number,
      status: row.status,
      domain: row.domain,
      holderType: row.holderPersonId ? "person" : "company",
      holderPersonId: row.holderPersonId,
      holderCompanyId: row.holderCompanyId,
      holderName,
      productId: row.productId,
      formulaId: row.formulaId,
      productCode: row.productCode,
      formulaCode: row.formulaCode,
      productLabel: productById.get(row.productId ?? "")?.label ?? row.productLabel,
      formulaLabel: formulaById.get(row.formulaId ?? "")?.label ?? null,
      grantsMembership: row.grantsMembership,
      startDate: row.startDate,
      endDate: row.endDate,
      terminationDate: row.terminationDate,
      terminationReason: row.terminationReason,
      premiumAnnualCents: row.premiumAnnualCents,
      introducerId: row.introducerId,
      quoteNumber: row.quoteNumber,
      quoteId: row.quoteId,
      beneficiaryCount: countById.get(row.id)?.total ?? 0,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** Beneficiaries with their names, in the page's order then the contract's. */
export async function beneficiariesOf(tx: Executor, tenantId: string, where: SQL | undefined, page?: { order: SQL[]; window: { limit: number; offset: number } }): Promise<BeneficiaryView[]> {
  const query = tx
    .select({
      id: contractBeneficiaries.id,
      contractId: contractBeneficiaries.contractId,
      personId: contractBeneficiaries.personId,
      lastName: persons.lastName,
      firstName: persons.firstName,
      birthDate: persons.birthDate,
      role: contractBeneficiaries.role,
      startDate: contractBeneficiaries.startDate,
      endDate: contractBeneficiaries.endDate,
    })
    .from(contractBeneficiaries)
    .innerJoin(persons, and(eq(persons.tenantId, contractBeneficiaries.tenantId), eq(persons.id, contractBeneficiaries.personId)))
    .where(and(eq(contractBeneficiaries.tenantId, tenantId), where))
    .orderBy(...(page?.order ?? []), asc(contractBeneficiaries.contractId), asc(contractBeneficiaries.position));
  return page ? query.limit(page.window.limit).offset(page.window.offset) : query;
}

export async function guaranteesOf(tx: Executor, tenantId: string, contractId: string): Promise<GuaranteeView[]> {
  return tx
    .select({ kind: contractGuarantees.kind, code: contractGuarantees.code, label: contractGuarantees.label, premiumAnnualCents: contractGuarantees.premiumAnnualCents })
    .from(contractGuarantees)
    .where(and(eq(contractGuarantees.tenantId, tenantId), eq(contractGuarantees.contractId, contractId)))
    .orderBy(asc(contractGuarantees.position));
}
