import { and, eq } from "drizzle-orm";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, type FieldError } from "../../platform/http/problem.js";
import { dayInFrance } from "../../platform/i18n/dates.js";
import { formulas, products } from "../catalogue/index.js";
import { tenants } from "../organisation/index.js";
import { personAddresses, type AttachmentsService } from "../persons/index.js";
import type { PricingService } from "../pricing/index.js";
import { opportunityById } from "./opportunity-filters.js";
import { opportunities } from "./schema.js";
import { quotePermissions } from "./permissions.js";
import { beneficiaryErrors, beneficiaryPersons, householdOf } from "./quote-beneficiaries.js";
import { renderQuotePdf, type QuoteDocument } from "./quote-pdf.js";
import type { QuoteBeneficiaryInput, QuoteOutcome, QuotesService } from "./quotes-service.js";

/** A quote priced by Adhesia: the formula, the beneficiaries (persons of the household, or a role and a birth date) and the profile the person's record lacks. */
export interface PricedQuoteRequest {
  opportunityId: string;
  productId: string;
  formulaId: string;
  effectiveDate: string;
  /** Default: 30 days from today. */
  validUntil?: string | undefined;
  beneficiaries: Array<{ role: QuoteBeneficiaryInput["role"]; personId?: string | undefined; birthDate?: string | undefined; lastName?: string | undefined; firstName?: string | undefined }>;
  postalCode?: string | undefined;
  socialRegime?: string | undefined;
  localRegime?: "none" | "alsace_moselle" | undefined;
  channel?: string | undefined;
  options?: string[] | undefined;
}

const VALIDITY_DAYS = 30;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Prepared {
  holder: { name: string; addressLines: string[] };
  beneficiaries: QuoteBeneficiaryInput[];
  profile: { postalCode: string; socialRegime: string; localRegime: "none" | "alsace_moselle" };
  introducerId: string | null;
  labels: { insurer: string; product: string; formula: string };
}

/**
 * Quotes priced with the pricing engine: the amounts, the explanation lines and the tariff version
 * are stored with the quote, and its PDF is generated and attached, in one transaction.
 */
export class PricedQuotes {
  constructor(
    private readonly database: Database,
    private readonly pricing: PricingService,
    private readonly quotes: QuotesService,
    /** Where the generated PDF goes; none (a loader without file storage): the quote is stored without it. */
    private readonly attachments: AttachmentsService | undefined,
  ) {}

  async create(ctx: RequestContext, request: PricedQuoteRequest): Promise<QuoteOutcome> {
    requirePermission(ctx, quotePermissions.write);
    const prepared = await readAsTenant(this.database, ctx, (tx) => this.prepare(tx, ctx, request));
    // Priced before the write: the engine reads on its own connection.
    const price = await this.pricing.price(ctx, {
      productId: request.productId,
      formulaId: request.formulaId,
      effectiveDate: request.effectiveDate,
      ...prepared.profile,
      beneficiaries: prepared.beneficiaries.map((beneficiary) => ({ role: beneficiary.role, birthDate: beneficiary.birthDate })),
      ...(prepared.introducerId ? { introducerId: prepared.introducerId } : {}),
      ...(request.channel ? { channel: request.channel } : {}),
      ...(request.options ? { options: request.options } : {}),
    });
    const issuedOn = dayInFrance();
    return withTenant(this.database, ctx, async (tx) => {
      const outcome = await this.quotes.createIn(tx, ctx, {
        opportunityId: request.opportunityId,
        kind: "priced",
        productId: request.productId,
        formulaId: request.formulaId,
        effectiveDate: request.effectiveDate,
        validUntil: request.validUntil ?? addDays(issuedOn, VALIDITY_DAYS),
        monthlyGrossCents: price.monthly.grossCents,
        annualGrossCents: price.annual.grossCents,
        pricing: price,
        beneficiaries: prepared.beneficiaries,
      });
      if (!this.attachments) return outcome;
      const document: QuoteDocument = {
        insurerName: prepared.labels.insurer,
        number: outcome.quote.number,
        issuedOn,
        holder: prepared.holder,
        productLabel: prepared.labels.product,
        formulaLabel: prepared.labels.formula,
        effectiveDate: request.effectiveDate,
        validUntil: outcome.quote.validUntil,
        beneficiaries: prepared.beneficiaries.map((beneficiary) => ({ role: beneficiary.role, name: [beneficiary.lastName?.toUpperCase(), beneficiary.firstName].filter(Boolean).join(" "), birthDate: beneficiary.birthDate })),
        price,
      };
      const data = await renderQuotePdf(document);
      await this.attachments.addIn(tx, ctx, outcome.quote.id, { name: `devis-${outcome.quote.number}.pdf`, contentType: "application/pdf", data }, "Devis PDF généré par Adhesia");
      return outcome;
    });
  }

  /** The holder, the household's beneficiaries and the profile, every fault on its field. */
  private async prepare(tx: Executor, ctx: RequestContext, request: PricedQuoteRequest): Promise<Prepared> {
    const [opportunity] = await tx.select().from(opportunities).where(opportunityById(ctx, request.opportunityId));
    if (!opportunity) throw invalidFields([{ path: "opportunityId", code: "quote.unknown_opportunity" }]);
    if (!opportunity.personId) throw invalidFields([{ path: "opportunityId", code: "quote.person_holder_only" }]);
    const holderId = opportunity.personId;
    const household = await householdOf(tx, ctx.tenantId, holderId);
    const named = request.beneficiaries.flatMap((beneficiary) => (beneficiary.personId ? [beneficiary.personId] : []));
    const byId = await beneficiaryPersons(tx, ctx.tenantId, [holderId, ...named]);
    const errors: FieldError[] = beneficiaryErrors(request.beneficiaries, byId, household);
    const beneficiaries = request.beneficiaries.map((beneficiary, index): QuoteBeneficiaryInput => {
      const person = beneficiary.personId ? byId.get(beneficiary.personId) : undefined;
      const birthDate = beneficiary.birthDate ?? person?.birthDate ?? undefined;
      if (!birthDate) errors.push({ path: `beneficiaries.${index}.birthDate`, code: "quote.birth_date_required" });
      return { role: beneficiary.role, personId: person?.id ?? null, lastName: beneficiary.lastName ?? person?.lastName ?? null, firstName: beneficiary.firstName ?? person?.firstName ?? null, birthDate: birthDate ?? "" };
    });
    const holder = byId.get(holderId);
    const [address] = await tx.select().from(personAddresses).where(and(eq(personAddresses.tenantId, ctx.tenantId), eq(personAddresses.personId, holderId), eq(personAddresses.kind, "main")));
    const postalCode = request.postalCode ?? address?.postalCode;
    const socialRegime = request.socialRegime ?? holder?.socialRegime ?? undefined;
    if (!postalCode) errors.push({ path: "postalCode", code: "quote.postal_code_required" });
    if (!socialRegime) errors.push({ path: "socialRegime", code: "quote.social_regime_required" });
    const [product] = await tx.select({ label: products.label }).from(products).where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, request.productId)));
    const [formula] = await tx.select({ label: formulas.label }).from(formulas).where(and(eq(formulas.tenantId, ctx.tenantId), eq(formulas.id, request.formulaId)));
    const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, ctx.tenantId));
    if (errors.length > 0) throw invalidFields(errors);
    return {
      holder: { name: [holder?.lastName.toUpperCase(), holder?.firstName].filter(Boolean).join(" "), addressLines: address?.normalisedLines ?? [] },
      beneficiaries,
      profile: { postalCode: postalCode ?? "", socialRegime: socialRegime ?? "", localRegime: request.localRegime ?? (holder?.localRegime ? "alsace_moselle" : "none") },
      introducerId: opportunity.introducerId,
      // Unknown product or formula: the pricing engine names the field next.
      labels: { insurer: tenant?.name ?? "", product: product?.label ?? "", formula: formula?.label ?? "" },
    };
  }
}
