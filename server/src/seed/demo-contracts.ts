// Demo contracts per tenant, as the back office would have fed them: some demo persons hold a
// health contract of the demo catalogue (members), others a partner's contract that grants no
// membership (clients), a few a terminated one (back to prospects). Equipment flags and natures
// follow through the contracts module and the one life-cycle rule, as for a real feed.
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { permissionCatalogue } from "../platform/auth/permissions.js";
import { systemContext } from "../platform/auth/context.js";
import type { Database } from "../platform/db/database.js";
import { withTenant } from "../platform/db/tenant-transaction.js";
import type { FileService } from "../platform/files/file-service.js";
import { createCatalogue, formulas, products } from "../modules/catalogue/index.js";
import { contractBeneficiaries, contentHash, contracts, contractStandings, refreshParties, type ContractRecord } from "../modules/contracts/index.js";
import { createPipeline } from "../modules/opportunities/index.js";
import { persons } from "../modules/persons/index.js";
import { createPricing } from "../modules/pricing/index.js";

/** One demo person in this many holds a contract; which kind goes round the list below. */
const EVERY = 5;
const kinds = ["member", "member", "client", "member", "terminated"] as const;

/** The contracts of one tenant, once (a tenant with contracts is left alone); returns whether it created anything. */
export async function seedDemoContracts(database: Database, files: FileService | undefined, tenantId: string): Promise<boolean> {
  const ctx = systemContext(tenantId, permissionCatalogue().map((permission) => permission.code), "demo-seed");
  const pipeline = createPipeline({ database, files, pricing: createPricing({ database, catalogue: createCatalogue(database) }).pricing });
  pipeline.lifeCycle.registerContractStandings(contractStandings);
  return withTenant(database, ctx, async (tx) => {
    const [existing] = await tx.select({ total: count() }).from(contracts).where(eq(contracts.tenantId, tenantId));
    if ((existing?.total ?? 0) > 0) return false;
    const [product] = await tx.select({ id: products.id }).from(products).where(and(eq(products.tenantId, tenantId), eq(products.code, "SANTE_PARTICULIERS")));
    const [formula] = product ? await tx.select({ id: formulas.id, code: formulas.code }).from(formulas).where(and(eq(formulas.tenantId, tenantId), eq(formulas.productId, product.id))).orderBy(asc(formulas.sortOrder)).limit(1) : [];
    const people = await tx
      .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate })
      .from(persons)
      .where(and(eq(persons.tenantId, tenantId), isNotNull(persons.birthDate), isNotNull(persons.firstName)))
      .orderBy(asc(persons.id));
    let created = false;
    for (const [index, person] of people.entries()) {
      if (index % EVERY !== 0 || !person.birthDate || !person.firstName) continue;
      const kind = kinds[(index / EVERY) % kinds.length] ?? "member";
      const sequence = String(index / EVERY + 1).padStart(6, "0");
      const holder = { type: "person" as const, lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate };
      const record: ContractRecord =
        kind === "client"
          ? { sourceSystem: "PSA", number: `DEMO-${sequence}`, status: "active", startDate: "2025-07-01", domain: "protection", productLabel: "Prévoyance Obsèques Partenaire", grantsMembership: false, premiumAnnualCents: 21600, holder, beneficiaries: [], guarantees: [] }
          : {
              sourceSystem: "PSA",
              number: `DEMO-${sequence}`,
              status: kind === "terminated" ? "terminated" : "active",
              startDate: "2025-01-01",
              ...(kind === "terminated" ? { terminationDate: "2025-12-31", terminationReason: "Résiliation à échéance" } : {}),
              domain: "health",
              productCode: "SANTE_PARTICULIERS",
              ...(formula ? { formulaCode: formula.code } : {}),
              premiumAnnualCents: 98400,
              holder,
              beneficiaries: [{ role: "main_insured", lastName: person.lastName, firstName: person.firstName, birthDate: person.birthDate }],
              guarantees: [],
            };
      const [row] = await tx
        .insert(contracts)
        .values({
          tenantId,
          sourceSystem: record.sourceSystem,
          number: record.number,
          holderPersonId: person.id,
          domain: record.domain,
          productId: record.productCode ? (product?.id ?? null) : null,
          formulaId: record.formulaCode ? (formula?.id ?? null) : null,
          productCode: record.productCode ?? null,
          formulaCode: record.formulaCode ?? null,
          productLabel: record.productLabel ?? null,
          grantsMembership: kind !== "client",
          status: record.status,
          startDate: record.startDate,
          terminationDate: record.terminationDate ?? null,
          terminationReason: record.terminationReason ?? null,
          premiumAnnualCents: record.premiumAnnualCents ?? null,
          contentHash: contentHash(record),
        })
        .returning({ id: contracts.id });
      if (!row) continue;
      if (record.beneficiaries.length > 0) await tx.insert(contractBeneficiaries).values({ tenantId, contractId: row.id, personId: person.id, role: "main_insured", position: 0 });
      await refreshParties(tx, ctx, { personIds: [person.id], companyIds: [] }, pipeline.lifeCycle);
      created = true;
    }
    return created;
  });
}
