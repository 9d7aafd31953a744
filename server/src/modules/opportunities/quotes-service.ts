import { and, asc, desc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { dayInFrance } from "../../platform/i18n/dates.js";
import { textOf } from "../../platform/i18n/messages.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { formulas, products } from "../catalogue/index.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import type { Price } from "../pricing/index.js";
import { holderJoins, holderName } from "./holder-name.js";
import { opportunityById, opportunityWhere } from "./opportunity-filters.js";
import { isClosed } from "./opportunity-states.js";
import type { OpportunityView } from "./opportunity-view.js";
import { quotePermissions } from "./permissions.js";
import { beneficiaryErrors, beneficiaryPersons, householdOf } from "./quote-beneficiaries.js";
import { nextQuoteNumber } from "./quote-numbers.js";
import { followQuotes } from "./quote-opportunity.js";
import { isAllowedTransition, type QuoteKind, type QuoteState } from "./quote-states.js";
import { toQuoteView, type QuoteRow, type QuoteView } from "./quote-view.js";
import { opportunities, quoteBeneficiaries, quotes } from "./schema.js";

/** The states a quote may be created in: a pushed quote may already be sent or signed. */
export const initialQuoteStates = ["to_issue", "sent", "signed_pending_documents", "signed_pending_compliance"] as const satisfies readonly QuoteState[];

export interface QuoteBeneficiaryInput {
  role: "main_insured" | "spouse" | "child" | "dependent";
  personId?: string | null | undefined;
  lastName?: string | null | undefined;
  firstName?: string | null | undefined;
  birthDate: string;
}

export interface NewQuote {
  opportunityId: string;
  kind: QuoteKind;
  /** Generated ("DEV-2026-000042") when absent. */
  number?: string | undefined;
  productId?: string | null | undefined;
  formulaId?: string | null | undefined;
  effectiveDate: string;
  validUntil: string;
  /** Left out by an external rater: the instalment of the annual premium (monthlyInstalment). */
  monthlyGrossCents?: number | undefined;
  annualGrossCents: number;
  state?: (typeof initialQuoteStates)[number] | undefined;
  pricing?: Price | undefined;
  externalReference?: string | null | undefined;
  beneficiaries?: QuoteBeneficiaryInput[] | undefined;
}

export interface QuoteFilters {
  opportunityId?: string | undefined;
  state?: QuoteState | undefined;
  kind?: QuoteKind | undefined;
}

/** A quote and the opportunity it moved. */
export interface QuoteOutcome {
  quote: QuoteView;
  opportunity: OpportunityView;
}

/**
 * A year is billed as twelve monthly instalments (docs/domain/pricing.md), so a quote given with its
 * annual premium alone shows the twelfth of it, rounded half-up to the cent, as its monthly one.
 */
export const monthlyInstalment = (annualGrossCents: number): number => Math.round(annualGrossCents / 12);

export const quoteSortable = { createdAt: quotes.createdAt, number: quotes.number, validUntil: quotes.validUntil, effectiveDate: quotes.effectiveDate, annualGrossCents: quotes.annualGrossCents, state: quotes.state };

/** Quotes are seen with their opportunity: within the reader's data scope. */
export function quotesInScope(reader: ScopedReader): SQL {
  return sql`${quotes.opportunityId} in (select ${opportunities.id} from ${opportunities} where ${opportunityWhere(reader, {}) ?? sql`true`})`;
}

/** The filters of a list or an export, within the reader's data scope. */
/** A quote as the export writes it: its view, and the names of its holder, product and formula. */
export type QuoteExportRow = QuoteView & { holderName: string; productName: string | null; formulaName: string | null };

function quoteWhere(reader: ScopedReader, filters: QuoteFilters): SQL | undefined {
  return and(
    eq(quotes.tenantId, reader.tenantId),
    quotesInScope(reader),
    filters.opportunityId ? eq(quotes.opportunityId, filters.opportunityId) : undefined,
    filters.state ? eq(quotes.state, filters.state) : undefined,
    filters.kind ? eq(quotes.kind, filters.kind) : undefined,
  );
}

/** Quotes with their beneficiaries, read in one query for all of them. */
async function withBeneficiaries(tx: Executor, tenantId: string, rows: QuoteRow[]): Promise<QuoteView[]> {
  const beneficiaries = rows.length === 0 ? [] : await tx.select().from(quoteBeneficiaries).where(and(eq(quoteBeneficiaries.tenantId, tenantId), inArray(quoteBeneficiaries.quoteId, rows.map((row) => row.id))));
  return rows.map((row) => toQuoteView(row, beneficiaries.filter((beneficiary) => beneficiary.quoteId === row.id)));
}

export class QuotesService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: UnsearchableListQuery & QuoteFilters): Promise<Page<QuoteView>> {
    requirePermission(ctx, quotePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const order = [...orderByFromSort(query.sort, quoteSortable, [desc(quotes.createdAt)]), desc(quotes.id)];
      const { rows, total } = await pageWithTotal(tx, quotes, ctx.tenantId, quoteWhere(ctx, query), order, pageWindow(query));
      return { items: await withBeneficiaries(tx, ctx.tenantId, rows), total, page: query.page, perPage: query.perPage };
    });
  }

  /** Every quote the filters select, in batches walked by id (creation order), for exports. */
  /** The whole filtered list in batches, with the names of its holder, product and formula beside their ids: the export's rows. */
  async *iterate(ctx: RequestContext, filters: QuoteFilters, batchSize = 1000): AsyncGenerator<QuoteExportRow[]> {
    requirePermission(ctx, quotePermissions.read);
    let after: string | undefined;
    for (;;) {
      const views = await readAsTenant(this.database, ctx, async (tx) => {
        const rows = await tx
          .select({ quote: quotes, holderName, productName: products.label, formulaName: formulas.label })
          .from(quotes)
          .leftJoin(opportunities, and(eq(opportunities.tenantId, quotes.tenantId), eq(opportunities.id, quotes.opportunityId)))
          .leftJoin(persons, holderJoins.person)
          .leftJoin(companies, holderJoins.company)
          .leftJoin(products, and(eq(products.tenantId, quotes.tenantId), eq(products.id, quotes.productId)))
          .leftJoin(formulas, and(eq(formulas.tenantId, quotes.tenantId), eq(formulas.id, quotes.formulaId)))
          .where(and(quoteWhere(ctx, filters), after ? gt(quotes.id, after) : undefined))
          .orderBy(asc(quotes.id))
          .limit(batchSize);
        const withThem = await withBeneficiaries(tx, ctx.tenantId, rows.map((row) => row.quote));
        return withThem.map((view, position) => ({ ...view, holderName: rows[position]?.holderName ?? "", productName: rows[position]?.productName ?? null, formulaName: rows[position]?.formulaName ?? null }));
      });
      if (views.length > 0) yield views;
      if (views.length < batchSize) return;
      after = views.at(-1)?.id;
    }
  }

  async get(ctx: RequestContext, id: string): Promise<QuoteView> {
    requirePermission(ctx, quotePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => this.view(tx, ctx, id));
  }

  async create(ctx: RequestContext, input: NewQuote): Promise<QuoteOutcome> {
    requirePermission(ctx, quotePermissions.write);
    return this.write(ctx, (tx) => this.createIn(tx, ctx, input));
  }

  /**
   * Creates a quote in the caller's transaction and moves its opportunity by the multi-quote rule.
   * A closed opportunity takes no new quote; a number is unique in the tenant.
   */
  async createIn(tx: Executor, ctx: RequestContext, input: NewQuote): Promise<QuoteOutcome> {
    requirePermission(ctx, quotePermissions.write);
    const [opportunity] = await tx.select().from(opportunities).where(opportunityById(ctx, input.opportunityId)).for("update");
    if (!opportunity) throw invalidFields([{ path: "opportunityId", code: "quote.unknown_opportunity" }]);
    if (isClosed(opportunity.state)) throw new Problem(409, "opportunity.closed");
    const named = (input.beneficiaries ?? []).flatMap((beneficiary) => (beneficiary.personId ? [beneficiary.personId] : []));
    const people = await beneficiaryPersons(tx, ctx.tenantId, named);
    const household = opportunity.personId && named.length > 0 ? await householdOf(tx, ctx.tenantId, opportunity.personId) : undefined;
    const errors = [...(await this.referenceErrors(tx, ctx, input)), ...beneficiaryErrors(input.beneficiaries ?? [], people, household)];
    if (errors.length > 0) throw invalidFields(errors);
    const number = input.number ?? (await nextQuoteNumber(tx, ctx.tenantId, Number(dayInFrance().slice(0, 4))));
    const [taken] = await tx.select({ id: quotes.id }).from(quotes).where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.number, number)));
    if (taken) throw new Problem(409, "quote.number_taken", { errors: [{ path: "number", code: "quote.number_taken" }] });
    const [row] = await tx
      .insert(quotes)
      .values({
        tenantId: ctx.tenantId,
        opportunityId: opportunity.id,
        kind: input.kind,
        number,
        productId: input.productId ?? null,
        formulaId: input.formulaId ?? null,
        effectiveDate: input.effectiveDate,
        validUntil: input.validUntil,
        monthlyGrossCents: input.monthlyGrossCents ?? monthlyInstalment(input.annualGrossCents),
        annualGrossCents: input.annualGrossCents,
        state: input.state ?? "to_issue",
        pricing: input.pricing ?? null,
        tariffVersion: input.pricing?.tariffVersion ?? null,
        externalReference: input.externalReference ?? null,
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    const beneficiaries = (input.beneficiaries ?? []).map((beneficiary, position) => ({
      tenantId: ctx.tenantId,
      quoteId: row.id,
      position,
      role: beneficiary.role,
      personId: beneficiary.personId ?? null,
      // A person named: their names are read from the record unless given.
      lastName: beneficiary.lastName ?? (beneficiary.personId ? people.get(beneficiary.personId)?.lastName : undefined) ?? null,
      firstName: beneficiary.firstName ?? (beneficiary.personId ? people.get(beneficiary.personId)?.firstName : undefined) ?? null,
      birthDate: beneficiary.birthDate,
      createdBy: ctx.userId,
      updatedBy: ctx.userId,
    }));
    const savedBeneficiaries = beneficiaries.length > 0 ? await tx.insert(quoteBeneficiaries).values(beneficiaries).returning() : [];
    const quote = toQuoteView(row, savedBeneficiaries);
    const { pricing: _pricing, nextStates: _nextStates, ...audited } = quote;
    await recordAudit(tx, ctx, { entity: "quote", entityId: row.id, before: null, after: { ...audited } });
    await emitEvent(tx, ctx, { type: "quote.created", entity: "quote", entityId: row.id, payload: { opportunityId: opportunity.id, state: row.state } });
    const moved = await followQuotes(tx, ctx, opportunity, { quote: { id: row.id, fromState: null, toState: row.state } });
    return { quote, opportunity: moved };
  }

  /** A transition of the state machine (quote-states.ts); the opportunity follows by the multi-quote rule. */
  async changeState(ctx: RequestContext, id: string, change: { state: QuoteState; reason?: string | undefined }): Promise<QuoteOutcome> {
    requirePermission(ctx, quotePermissions.write);
    return withTenant(this.database, ctx, (tx) => this.changeStateIn(tx, ctx, id, change));
  }

  async changeStateIn(tx: Executor, ctx: RequestContext, id: string, change: { state: QuoteState; reason?: string | undefined }): Promise<QuoteOutcome> {
    const [current] = await tx.select().from(quotes).where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.id, id), quotesInScope(ctx))).for("update");
    if (!current) throw notFound();
    if (!isAllowedTransition(current.state, change.state)) throw new Problem(409, "quote.illegal_transition", { params: { from: textOf(`quote.state.${current.state}`), to: textOf(`quote.state.${change.state}`) } });
    const [row] = await tx
      .update(quotes)
      .set({ state: change.state, stateReason: change.reason ?? null, ...nextVersion(current, ctx.userId) })
      .where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.id, id)))
      .returning();
    const [opportunity] = await tx.select().from(opportunities).where(and(eq(opportunities.tenantId, ctx.tenantId), eq(opportunities.id, current.opportunityId))).for("update");
    if (!row || !opportunity) throw notFound();
    await recordAudit(tx, ctx, { entity: "quote", entityId: id, before: { state: current.state, stateReason: current.stateReason }, after: { state: row.state, stateReason: row.stateReason } });
    await emitEvent(tx, ctx, { type: "quote.state_changed", entity: "quote", entityId: id, payload: { from: current.state, to: row.state } });
    const moved = await followQuotes(tx, ctx, opportunity, { quote: { id, fromState: current.state, toState: row.state }, reason: change.reason });
    return { quote: await this.view(tx, ctx, id), opportunity: moved };
  }

  /** Whether a quote is within the reader's scope: its attachments follow it. */
  async exists(tx: Executor, reader: ScopedReader, id: string): Promise<boolean> {
    const [row] = await tx.select({ id: quotes.id }).from(quotes).where(and(eq(quotes.tenantId, reader.tenantId), eq(quotes.id, id), quotesInScope(reader)));
    return row !== undefined;
  }

  private async view(tx: Executor, reader: ScopedReader, id: string): Promise<QuoteView> {
    const [row] = await tx.select().from(quotes).where(and(eq(quotes.tenantId, reader.tenantId), eq(quotes.id, id), quotesInScope(reader)));
    if (!row) throw notFound();
    const beneficiaries = await tx.select().from(quoteBeneficiaries).where(and(eq(quoteBeneficiaries.tenantId, reader.tenantId), eq(quoteBeneficiaries.quoteId, id)));
    return toQuoteView(row, beneficiaries);
  }

  /** The product and formula named, if any, exist and belong together; the validity date is not past. */
  private async referenceErrors(tx: Executor, ctx: RequestContext, input: NewQuote): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (input.validUntil < dayInFrance()) errors.push({ path: "validUntil", code: "quote.valid_until_before_today" });
    if (input.productId) {
      const [product] = await tx.select({ id: products.id }).from(products).where(and(eq(products.tenantId, ctx.tenantId), eq(products.id, input.productId)));
      if (!product) errors.push({ path: "productId", code: "quote.unknown_product" });
    }
    if (input.formulaId) {
      const [formula] = await tx.select({ productId: formulas.productId }).from(formulas).where(and(eq(formulas.tenantId, ctx.tenantId), eq(formulas.id, input.formulaId)));
      if (!formula || (input.productId && formula.productId !== input.productId)) errors.push({ path: "formulaId", code: "quote.unknown_formula" });
    }
    return errors;
  }

  /** A write in a tenant transaction; two writers racing for one number: the second is told so. */
  private async write<T>(ctx: RequestContext, work: (tx: Executor) => Promise<T>): Promise<T> {
    return withTenant(this.database, ctx, work).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Problem(409, "quote.number_taken", { errors: [{ path: "number", code: "quote.number_taken" }] }) : error;
    });
  }
}
