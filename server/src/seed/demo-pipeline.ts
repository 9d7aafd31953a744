// A believable sales pipeline per demo tenant: opportunities in every state, quotes priced with the
// demo catalogue (with their PDF when files are kept) and some typed from an external rater. Built
// after the persons, the catalogue and the assignment, through the services (nature, history, audit).
import { and, asc, eq, isNotNull, lte, sql } from "drizzle-orm";
import { systemContext, type RequestContext } from "../platform/auth/context.js";
import type { Database } from "../platform/db/database.js";
import { readAsTenant } from "../platform/db/tenant-transaction.js";
import type { FileService } from "../platform/files/file-service.js";
import { permissionCatalogue } from "../platform/auth/permissions.js";
import { createCatalogue, formulas, products } from "../modules/catalogue/index.js";
import { createPipeline, type OpportunitiesModule, type QuoteState } from "../modules/opportunities/index.js";
import { origins } from "../modules/origins/index.js";
import { personAddresses, persons } from "../modules/persons/index.js";
import { createPricing } from "../modules/pricing/index.js";
import { companies } from "../modules/companies/index.js";

/** What happens to the n-th demo prospect's opportunity: its quote's path, or a hand close. */
interface Plan {
  quote?: { kind: "priced" | "manual"; path: QuoteState[] };
  close?: { state: "lost" | "out_of_target"; reason: string };
  domain?: "health" | "protection" | "savings_retirement";
}

const plans: Plan[] = [
  {},
  { quote: { kind: "priced", path: [] } },
  { quote: { kind: "priced", path: ["sent"] } },
  { quote: { kind: "priced", path: ["sent", "signed_pending_documents"] } },
  { quote: { kind: "priced", path: ["sent", "signed_pending_documents", "signed_pending_compliance"] } },
  { quote: { kind: "priced", path: ["sent", "signed_pending_compliance", "compliant"] } },
  { quote: { kind: "priced", path: ["sent", "signed_pending_compliance", "compliant", "validated"] } },
  { close: { state: "lost", reason: "A choisi une offre concurrente moins chère" } },
  { close: { state: "out_of_target", reason: "Déjà couvert par le contrat collectif de son employeur" } },
  { quote: { kind: "manual", path: ["sent"] }, domain: "protection" },
  { quote: { kind: "manual", path: [] }, domain: "savings_retirement" },
  { quote: { kind: "priced", path: ["sent", "void"] } },
];

const OPPORTUNITIES_PER_TENANT = 36;
const COMPANY_OPPORTUNITIES = 4;

const firstOfNextMonth = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
};
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The pipeline of one tenant, once (a tenant with opportunities is left alone); returns whether it created anything. */
export async function seedDemoPipeline(database: Database, files: FileService | undefined, tenantId: string, variant: number): Promise<boolean> {
  const catalogue = createCatalogue(database);
  const pipeline = createPipeline({ database, files, pricing: createPricing({ database, catalogue }).pricing });
  const ctx = systemContext(tenantId, permissionCatalogue().map((permission) => permission.code), "demo-seed");
  const existing = await pipeline.opportunities.list(ctx, { page: 1, perPage: 1 });
  if (existing.total > 0) return false;
  const facts = await readAsTenant(database, ctx, async (tx) => {
    const [origin] = await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, tenantId), eq(origins.code, "online_agency")));
    const [product] = await tx.select({ id: products.id }).from(products).where(and(eq(products.tenantId, tenantId), eq(products.code, "SANTE_PARTICULIERS")));
    const formulaIds = product ? (await tx.select({ id: formulas.id }).from(formulas).where(and(eq(formulas.tenantId, tenantId), eq(formulas.productId, product.id))).orderBy(asc(formulas.sortOrder))).map((row) => row.id) : [];
    // Prospects to be: adults the demo tariff prices, with a main address, in a stable order.
    const people = await tx
      .selectDistinct({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName })
      .from(persons)
      .innerJoin(personAddresses, and(eq(personAddresses.tenantId, persons.tenantId), eq(personAddresses.personId, persons.id), eq(personAddresses.kind, "main")))
      .where(and(eq(persons.tenantId, tenantId), eq(persons.category, "individual"), lte(persons.birthDate, sql`(current_date - interval '25 years')::date`), isNotNull(persons.introducerId)))
      .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.id))
      .limit(OPPORTUNITIES_PER_TENANT * 3);
    const groups = await tx.select({ id: companies.id }).from(companies).where(eq(companies.tenantId, tenantId)).orderBy(asc(companies.name), asc(companies.id)).limit(COMPANY_OPPORTUNITIES);
    return { originId: origin?.id, productId: product?.id, formulaIds, people: people.filter((_, index) => index % 3 === variant % 3), groups };
  });
  if (!facts.originId || !facts.productId) return false;
  const originId = facts.originId;
  const effectiveDate = firstOfNextMonth();
  for (const [index, person] of facts.people.slice(0, OPPORTUNITIES_PER_TENANT).entries()) {
    const plan = plans[index % plans.length] ?? {};
    const premium = 60_000 + ((index * 7919 + variant * 104_729) % 240_000);
    const opportunity = await pipeline.opportunities.create(ctx, {
      personId: person.id,
      domain: plan.domain ?? "health",
      productFamily: plan.domain ? null : "health_individual",
      originId,
      wishedStartDate: effectiveDate,
      probability: [20, 40, 60, 80][index % 4] ?? 50,
      description: plan.domain === "protection" ? "Souhaite une prévoyance pour protéger sa famille" : plan.domain ? "Prépare sa retraite, intéressé par un PER" : "Cherche une complémentaire santé mieux adaptée à sa famille",
      expectedAnnualPremiumCents: premium - (premium % 100),
    });
    if (plan.close) await pipeline.opportunities.close(ctx, opportunity.id, plan.close);
    if (!plan.quote) continue;
    const quoteId =
      plan.quote.kind === "priced"
        ? await pricedQuote(pipeline, ctx, { opportunityId: opportunity.id, productId: facts.productId, formulaId: facts.formulaIds[index % facts.formulaIds.length] ?? "", effectiveDate, personId: person.id })
        : (await pipeline.quotes.create(ctx, { opportunityId: opportunity.id, kind: "manual", number: `EXT-${variant}-${String(index).padStart(4, "0")}`, annualGrossCents: premium, effectiveDate, validUntil: inDays(45) })).quote.id;
    for (const state of plan.quote.path) await pipeline.quotes.changeState(ctx, quoteId, { state });
  }
  for (const [index, company] of facts.groups.entries()) {
    const opportunity = await pipeline.opportunities.create(ctx, { companyId: company.id, domain: "health", productFamily: "health_group", originId, wishedStartDate: effectiveDate, probability: 50, description: "Mise en place d'une complémentaire santé collective", expectedAnnualPremiumCents: 1_200_000 + index * 350_000 });
    if (index % 2 === 1) await pipeline.quotes.create(ctx, { opportunityId: opportunity.id, kind: "manual", number: `EXT-${variant}-G${index}`, annualGrossCents: 1_150_000 + index * 300_000, effectiveDate, validUntil: inDays(60) });
  }
  return true;
}

/** A quote priced for the prospect alone, with its PDF when the seed keeps files. */
async function pricedQuote(
  pipeline: OpportunitiesModule,
  ctx: RequestContext,
  request: { opportunityId: string; productId: string; formulaId: string; effectiveDate: string; personId: string },
): Promise<string> {
  const beneficiaries = [{ role: "main_insured" as const, personId: request.personId }];
  const body = { opportunityId: request.opportunityId, productId: request.productId, formulaId: request.formulaId, effectiveDate: request.effectiveDate, beneficiaries, socialRegime: "general" };
  return (await pipeline.priced.create(ctx, body)).quote.id;
}
