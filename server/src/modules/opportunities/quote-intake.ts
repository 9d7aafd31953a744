import { and, desc, eq } from "drizzle-orm";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, Problem } from "../../platform/http/problem.js";
import { formulas, products, ranges, type Domain } from "../catalogue/index.js";
import { newId } from "../../platform/ids.js";
import { matchIncomingBatch } from "../duplicates/index.js";
import { origins } from "../origins/index.js";
import { normaliseAddress } from "../addresses/index.js";
import type { PersonInput, PersonsService } from "../persons/index.js";
import type { OpportunitiesService } from "./opportunities-service.js";
import { opportunityById, opportunityWhere } from "./opportunity-filters.js";
import { isClosed } from "./opportunity-states.js";
import { opportunityPermissions, quotePermissions } from "./permissions.js";
import type { initialQuoteStates, QuotesService } from "./quotes-service.js";
import { opportunities, quotes } from "./schema.js";

/** A quote pushed by a quoting system (a comparator): who, where from, and the quote (docs/api.md). */
export interface IncomingQuote {
  externalReference: string;
  originCode: string;
  person: Omit<PersonInput, "originId" | "duplicateResolution"> & { postalCode?: string | undefined; city?: string | undefined };
  opportunityId?: string | undefined;
  quote: {
    number: string;
    productCode?: string | undefined;
    formulaCode?: string | undefined;
    annualGrossCents: number;
    monthlyGrossCents?: number | undefined;
    effectiveDate: string;
    validUntil: string;
    state?: (typeof initialQuoteStates)[number] | undefined;
  };
}

export interface ReceivedQuote {
  personId: string;
  opportunityId: string;
  quoteId: string;
}

/**
 * Takes in a pushed quote in one transaction: the person matched by the duplicate rules (one strong
 * match) or created with the payload's origin, the opportunity named or created, the quote.
 */
export class QuoteIntake {
  constructor(
    private readonly database: Database,
    private readonly persons: PersonsService,
    private readonly opportunities: OpportunitiesService,
    private readonly quotes: QuotesService,
  ) {}

  async receive(ctx: RequestContext, incoming: IncomingQuote): Promise<ReceivedQuote> {
    requirePermission(ctx, quotePermissions.write);
    requirePermission(ctx, opportunityPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const [known] = await tx
        .select({ id: quotes.id, opportunityId: quotes.opportunityId })
        .from(quotes)
        .where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.externalReference, incoming.externalReference)));
      if (known) throw new Problem(409, "quote.external_reference_taken", { extensions: { quoteId: known.id, opportunityId: known.opportunityId } });
      const [origin] = await tx.select({ id: origins.id }).from(origins).where(and(eq(origins.tenantId, ctx.tenantId), eq(origins.code, incoming.originCode), eq(origins.active, true)));
      if (!origin) throw invalidFields([{ path: "originCode", code: "quote.unknown_origin" }]);
      const catalogue = await this.catalogueOf(tx, ctx.tenantId, incoming.quote);
      const personId = await this.personOf(tx, ctx, incoming.person, origin.id);
      const opportunityId = incoming.opportunityId
        ? await this.namedOpportunity(tx, ctx, incoming.opportunityId, personId)
        : ((await this.openOpportunity(tx, ctx, personId, catalogue.domain)) ??
          (await this.opportunities.createIn(tx, ctx, { personId, domain: catalogue.domain, productFamily: catalogue.productFamily, originId: origin.id, expectedAnnualPremiumCents: incoming.quote.annualGrossCents })).id);
      const { quote } = await this.quotes
        .createIn(tx, ctx, {
        opportunityId,
        kind: "integration",
        number: incoming.quote.number,
        productId: catalogue.productId,
        formulaId: catalogue.formulaId,
        effectiveDate: incoming.quote.effectiveDate,
        validUntil: incoming.quote.validUntil,
        annualGrossCents: incoming.quote.annualGrossCents,
        monthlyGrossCents: incoming.quote.monthlyGrossCents,
        state: incoming.quote.state,
        externalReference: incoming.externalReference,
        })
        .catch((error: unknown) => {
          throw nestedUnder("quote", error);
        });
      return { personId, opportunityId, quoteId: quote.id };
    });
  }

  /**
   * The person of the payload by the same rule as the contracts feed (the duplicates' matchIncomingBatch):
   * one strong identity match is that person; an ambiguous match creates a new person listed beside
   * the candidates for review, never one taken blindly; no match creates one. New persons take the payload's origin.
   */
  private async personOf(tx: Executor, ctx: RequestContext, person: IncomingQuote["person"], originId: string): Promise<string> {
    const { postalCode, city, ...fields } = person;
    const record = { ...fields, postalCode: postalCode ?? fields.addresses?.find((address) => address.kind === "main")?.postalCode ?? null };
    const [verdict] = await matchIncomingBatch(tx, ctx.tenantId, "person", [{ id: newId(), record }]);
    if (verdict?.kind === "linked") return verdict.id;
    const addresses = fields.addresses ?? (postalCode ? [mainAddressOf(postalCode, city)] : undefined);
    try {
      return (await this.persons.createIn(tx, ctx, { ...fields, addresses, originId, duplicateResolution: { decision: verdict?.kind === "review" ? ("review" as const) : ("no_match" as const) } })).id;
    } catch (error) {
      throw nestedUnder("person", error);
    }
  }

  /**
   * The person's open opportunity of the quote's domain, the latest changed, that a quote without a
   * named opportunity joins: one is created only when none exists (issue 8), so that the comparator's
   * second quote for the same need does not open a second sale.
   */
  private async openOpportunity(tx: Executor, ctx: RequestContext, personId: string, domain: Domain): Promise<string | undefined> {
    const rows = await tx
      .select({ id: opportunities.id, state: opportunities.state })
      .from(opportunities)
      .where(opportunityWhere(ctx, { personId, domain }))
      .orderBy(desc(opportunities.updatedAt), desc(opportunities.id));
    return rows.find((row) => !isClosed(row.state))?.id;
  }

  /** A named opportunity must be the caller's to see and be about that person. */
  private async namedOpportunity(tx: Executor, ctx: RequestContext, id: string, personId: string): Promise<string> {
    const [row] = await tx.select({ personId: opportunities.personId }).from(opportunities).where(opportunityById(ctx, id));
    if (!row) throw invalidFields([{ path: "opportunityId", code: "quote.unknown_opportunity" }]);
    if (row.personId !== personId) throw invalidFields([{ path: "opportunityId", code: "quote.opportunity_of_other_person" }]);
    return id;
  }

  /** Product and formula by their codes, and the domain and family an automatic opportunity takes from the range (health without a product). */
  private async catalogueOf(tx: Executor, tenantId: string, quote: IncomingQuote["quote"]) {
    if (!quote.productCode) {
      if (quote.formulaCode) throw invalidFields([{ path: "quote.productCode", code: "quote.unknown_product" }]);
      return { productId: null, formulaId: null, domain: "health" as const, productFamily: null };
    }
    const [product] = await tx
      .select({ id: products.id, domain: ranges.domain, productFamily: ranges.productFamily })
      .from(products)
      .innerJoin(ranges, and(eq(ranges.tenantId, products.tenantId), eq(ranges.id, products.rangeId)))
      .where(and(eq(products.tenantId, tenantId), eq(products.code, quote.productCode)));
    if (!product) throw invalidFields([{ path: "quote.productCode", code: "quote.unknown_product" }]);
    let formulaId: string | null = null;
    if (quote.formulaCode) {
      const [formula] = await tx.select({ id: formulas.id }).from(formulas).where(and(eq(formulas.tenantId, tenantId), eq(formulas.productId, product.id), eq(formulas.code, quote.formulaCode)));
      if (!formula) throw invalidFields([{ path: "quote.formulaCode", code: "quote.unknown_formula" }]);
      formulaId = formula.id;
    }
    return { productId: product.id, formulaId, domain: product.domain, productFamily: product.productFamily };
  }
}

/**
 * A comparator often knows only where its lead lives: the postal code (and city) sent without an
 * address are the new person's main address, saved like any other (normalised, RNVP), so that the
 * assignment rules dispatch the lead by it. Without a city, the code's one La Poste locality is
 * taken; a code shared by several leaves the city for the advisor to complete (RNVP `unknown_locality`).
 */
function mainAddressOf(postalCode: string, city: string | undefined): NonNullable<PersonInput["addresses"]>[number] {
  const localities = city ? [] : (normaliseAddress({ lines: [], postalCode, city: "" }).suggestions ?? []);
  return { kind: "main", lines: [], postalCode, city: city ?? (localities.length === 1 ? (localities[0]?.city ?? "") : "") };
}

/** A refusal of fields the payload nests under `member` (`person`, `quote`), its paths placed there; other faults as they are. */
function nestedUnder(member: string, error: unknown): unknown {
  if (!(error instanceof Problem) || error.status >= 500 || !error.options.errors) return error;
  return new Problem(error.status, error.code, { ...error.options, errors: error.options.errors.map((field) => ({ ...field, path: `${member}.${field.path}` })) });
}
