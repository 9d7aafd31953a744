import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { violatedForeignKey } from "../../platform/db/errors.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem } from "../../platform/http/problem.js";
import { users } from "../access/index.js";
import { companies } from "../companies/index.js";
import { introducers } from "../organisation/index.js";
import { origins } from "../origins/index.js";
import { persons } from "../persons/index.js";
import { referenceLabels } from "../reference-data/index.js";
import { holderJoins, holderName } from "./holder-name.js";
import type { Holder, LifeCycle } from "./life-cycle.js";
import { chosenAssignment } from "./opportunity-assignment.js";
import { opportunityById, opportunityWhere, type OpportunityFilters } from "./opportunity-filters.js";
import { fieldOfForeignKey, holderAssignment, referenceErrors, type InteractionLookup } from "./opportunity-references.js";
import { isClosed, type HandClosedState } from "./opportunity-states.js";
import { toOpportunityView, type OpportunityRow, type OpportunityView, type StateChangeView } from "./opportunity-view.js";
import { opportunityPermissions } from "./permissions.js";
import { withQuoteCounts, type OpportunityWithCount } from "./quote-counts.js";
import { isLive } from "./quote-states.js";
import { opportunities, quotes } from "./schema.js";
import { moveOpportunity, recordStateChange, stateHistory } from "./state-history.js";

type Domain = OpportunityRow["domain"];

/** What a new opportunity is made of (POST /api/v1/opportunities); introducer and advisor default to the record's. */
export interface OpportunityInput {
  personId?: string | undefined;
  companyId?: string | undefined;
  domain: Domain;
  productFamily?: string | null | undefined;
  originId: string;
  wishedStartDate?: string | null | undefined;
  probability?: number | null | undefined;
  interactionId?: string | null | undefined;
  description?: string | null | undefined;
  introducerId?: string | null | undefined;
  advisorId?: string | null | undefined;
  expectedAnnualPremiumCents?: number | null | undefined;
}

/** The holder is kept; the state moves with quotes or a close, never by an edit. */
export type OpportunityChange = Partial<Omit<OpportunityInput, "personId" | "companyId">> & { version: number };

export const opportunitySortable = {
  createdAt: opportunities.createdAt,
  updatedAt: opportunities.updatedAt,
  state: opportunities.state,
  domain: opportunities.domain,
  wishedStartDate: opportunities.wishedStartDate,
  probability: opportunities.probability,
  expectedAnnualPremiumCents: opportunities.expectedAnnualPremiumCents,
};

export function holderOf(row: Pick<OpportunityRow, "personId" | "companyId">): Holder {
  return row.personId ? { personId: row.personId } : { companyId: row.companyId ?? "" };
}

/** An opportunity as the export writes it: its view, and the names of what its ids refer to. */
export type OpportunityExportRow = OpportunityView & { holderName: string; originName: string | null; introducerName: string | null; advisorName: string | null; productFamilyName: string | null };

export class OpportunitiesService {
  private interactions: InteractionLookup | undefined;

  constructor(
    private readonly database: Database,
    readonly lifeCycle: LifeCycle,
  ) {}

  /** Called once at wiring time by the interactions module: `interactionId` is then checked through it, and the interaction filed under the opportunity. */
  registerInteractionLookup(lookup: InteractionLookup): void {
    this.interactions = lookup;
  }

  async list(ctx: RequestContext, query: UnsearchableListQuery & OpportunityFilters): Promise<Page<OpportunityWithCount>> {
    requirePermission(ctx, opportunityPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const order = [...orderByFromSort(query.sort, opportunitySortable, [desc(opportunities.createdAt)]), desc(opportunities.id)];
      const { rows, total } = await pageWithTotal(tx, opportunities, ctx.tenantId, opportunityWhere(ctx, query), order, pageWindow(query));
      return { items: await withQuoteCounts(tx, ctx.tenantId, rows.map(toOpportunityView)), total, page: query.page, perPage: query.perPage };
    });
  }

  /** Every opportunity the filters select, in batches walked by id (creation order), for exports. */
  /** The whole filtered list in batches, with the names of its holder, origin, introducer and advisor beside their ids: the export's rows. */
  async *iterate(ctx: RequestContext, filters: OpportunityFilters, batchSize = 1000): AsyncGenerator<OpportunityExportRow[]> {
    requirePermission(ctx, opportunityPermissions.read);
    // Named like the origin, "label (code)": the screens show the label, an integrator matches the code.
    const families = await readAsTenant(this.database, ctx, (tx) => referenceLabels(tx, ctx.tenantId, "product_families"));
    const familyName = (code: string | null): string | null => (code === null ? null : families.has(code) ? `${families.get(code)} (${code})` : code);
    let after: string | undefined;
    for (;;) {
      const rows = await readAsTenant(this.database, ctx, (tx) =>
        tx
          .select({ opportunity: opportunities, holderName, originName: sql<string | null>`${origins.label} || ' (' || ${origins.code} || ')'`, introducerName: introducers.name, advisorName: users.displayName })
          .from(opportunities)
          .leftJoin(persons, holderJoins.person)
          .leftJoin(companies, holderJoins.company)
          .leftJoin(origins, and(eq(origins.tenantId, opportunities.tenantId), eq(origins.id, opportunities.originId)))
          .leftJoin(introducers, and(eq(introducers.tenantId, opportunities.tenantId), eq(introducers.id, opportunities.introducerId)))
          .leftJoin(users, and(eq(users.tenantId, opportunities.tenantId), eq(users.id, opportunities.advisorId)))
          .where(and(opportunityWhere(ctx, filters), after ? gt(opportunities.id, after) : undefined))
          .orderBy(asc(opportunities.id))
          .limit(batchSize),
      );
      if (rows.length > 0) yield rows.map(({ opportunity, ...names }) => ({ ...toOpportunityView(opportunity), ...names, productFamilyName: familyName(opportunity.productFamily) }));
      if (rows.length < batchSize) return;
      after = rows.at(-1)?.opportunity.id;
    }
  }

  async get(ctx: RequestContext, id: string): Promise<OpportunityWithCount> {
    requirePermission(ctx, opportunityPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [view] = await withQuoteCounts(tx, ctx.tenantId, [toOpportunityView(await this.find(tx, ctx, id))]);
      if (!view) throw notFound();
      return view;
    });
  }

  async history(ctx: RequestContext, id: string): Promise<StateChangeView[]> {
    requirePermission(ctx, opportunityPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => stateHistory(tx, ctx.tenantId, (await this.find(tx, ctx, id)).id));
  }

  async create(ctx: RequestContext, input: OpportunityInput): Promise<OpportunityView> {
    requirePermission(ctx, opportunityPermissions.write);
    return this.write(ctx, (tx) => this.createIn(tx, ctx, input));
  }

  /**
   * Creates an opportunity in the caller's transaction (a quote pushed by a quoting system creates
   * one): the holder's nature moves with it (a suspect becomes a prospect), or nothing is saved.
   */
  async createIn(tx: Executor, ctx: RequestContext, input: OpportunityInput): Promise<OpportunityView> {
    requirePermission(ctx, opportunityPermissions.write);
    if (Boolean(input.personId) === Boolean(input.companyId)) {
      throw invalidFields([
        { path: "personId", code: "opportunity.holder_required" },
        { path: "companyId", code: "opportunity.holder_required" },
      ]);
    }
    const holder: Holder = input.personId ? { personId: input.personId } : { companyId: input.companyId ?? "" };
    const assignment = await holderAssignment(tx, ctx, holder);
    if (!assignment) throw invalidFields([holder.personId ? { path: "personId", code: "opportunity.unknown_person" } : { path: "companyId", code: "opportunity.unknown_company" }]);
    const references = await referenceErrors(tx, ctx, input, holder, this.interactions);
    const chosen = await chosenAssignment(tx, ctx.tenantId, ctx.dataScope, input, assignment);
    const errors = [...references, ...chosen.errors];
    if (errors.length > 0) throw invalidFields(errors);
    const [row] = await tx
      .insert(opportunities)
      .values({
        ...input,
        personId: holder.personId ?? null,
        companyId: holder.companyId ?? null,
        introducerId: chosen.fields.introducerId === undefined ? assignment.introducerId : chosen.fields.introducerId,
        advisorId: chosen.fields.advisorId === undefined ? assignment.advisorId : chosen.fields.advisorId,
        tenantId: ctx.tenantId,
        state: "need_detected",
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    if (row.interactionId) await this.interactions?.link(tx, ctx, row.interactionId, row.id);
    await recordStateChange(tx, ctx, row.id, null, { to: row.state });
    await this.lifeCycle.refresh(tx, ctx, holder);
    const view = toOpportunityView(row);
    await recordAudit(tx, ctx, { entity: "opportunity", entityId: row.id, before: null, after: { ...view } });
    await emitEvent(tx, ctx, { type: "opportunity.created", entity: "opportunity", entityId: row.id });
    return view;
  }

  async update(ctx: RequestContext, id: string, change: OpportunityChange): Promise<OpportunityView> {
    requirePermission(ctx, opportunityPermissions.write);
    return this.write(ctx, async (tx) => {
      const [current] = await tx.select().from(opportunities).where(opportunityById(ctx, id)).for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, ...fields } = change;
      const references = await referenceErrors(tx, ctx, fields, holderOf(existing), this.interactions);
      const chosen = await chosenAssignment(tx, ctx.tenantId, ctx.dataScope, fields, existing);
      const errors = [...references, ...chosen.errors];
      if (errors.length > 0) throw invalidFields(errors);
      if (!changesStored(existing, { ...fields, ...chosen.fields })) return toOpportunityView(existing);
      const [row] = await tx
        .update(opportunities)
        .set({ ...fields, ...chosen.fields, ...nextVersion(existing, ctx.userId) })
        .where(and(eq(opportunities.tenantId, ctx.tenantId), eq(opportunities.id, id)))
        .returning();
      if (!row) throw notFound();
      // An interaction named now is filed under the opportunity, as at creation.
      if (row.interactionId && row.interactionId !== existing.interactionId) await this.interactions?.link(tx, ctx, row.interactionId, row.id);
      const view = toOpportunityView(row);
      await recordAudit(tx, ctx, { entity: "opportunity", entityId: id, before: { ...toOpportunityView(existing) }, after: { ...view } });
      await emitEvent(tx, ctx, { type: "opportunity.updated", entity: "opportunity", entityId: id });
      return view;
    });
  }

  /** Closes by hand as lost or out of target, with a reason: only an open opportunity without a live quote. */
  async close(ctx: RequestContext, id: string, close: { state: HandClosedState; reason: string }): Promise<OpportunityView> {
    requirePermission(ctx, opportunityPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const current = await this.find(tx, ctx, id, true);
      if (isClosed(current.state)) throw new Problem(409, "opportunity.closed");
      const states = await tx.select({ state: quotes.state }).from(quotes).where(and(eq(quotes.tenantId, ctx.tenantId), eq(quotes.opportunityId, id)));
      if (states.some((quote) => isLive(quote.state))) throw new Problem(409, "opportunity.live_quotes");
      return moveOpportunity(tx, ctx, current, { to: close.state, reason: close.reason, closedReason: close.reason });
    });
  }

  /** An opportunity within the reader's scope, or 404; locked for the transaction's write when asked. */
  async find(tx: Executor, ctx: RequestContext, id: string, lock = false): Promise<OpportunityRow> {
    const query = tx.select().from(opportunities).where(opportunityById(ctx, id));
    const [row] = lock ? await query.for("update") : await query;
    if (!row) throw notFound();
    return row;
  }

  /** The person or company of an opportunity the caller may see (an interaction names it). */
  async holderOf(tx: Executor, ctx: RequestContext, id: string): Promise<{ personId: string | null; companyId: string | null } | undefined> {
    const [row] = await tx.select({ personId: opportunities.personId, companyId: opportunities.companyId }).from(opportunities).where(opportunityById(ctx, id));
    return row;
  }

  /** A write in a tenant transaction, with references to nothing reported on their field. */
  private async write<T>(ctx: RequestContext, work: (tx: Executor) => Promise<T>): Promise<T> {
    return withTenant(this.database, ctx, work).catch((error: unknown) => {
      const field = fieldOfForeignKey(violatedForeignKey(error));
      throw field ? invalidFields([field]) : error;
    });
  }
}
