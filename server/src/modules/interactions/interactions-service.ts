import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { invalidFields, notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { users } from "../access/index.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { unknownReferenceCodes } from "../reference-data/index.js";
import { interactionWhere, withinRecordScope, type InteractionFilters } from "./interaction-filters.js";
import { agendaRangeErrors, canComplete, endedAtErrors, recordErrors, recordsWithOpportunity, type InteractionRecords } from "./interaction-rules.js";
import { auditedInteraction, viewsOf, type InteractionRow, type InteractionView } from "./interaction-view.js";
import { interactionPermissions } from "./permissions.js";
import { interactions } from "./schema.js";

/** The "réaliser" action's fields: when it ended (now by default), its result and the report. */
export interface InteractionCompletion {
  endedAt?: Date | undefined;
  resultCode: string;
  report?: string | null | undefined;
}

export interface InteractionInput {
  type: string;
  personId?: string | null | undefined;
  companyId?: string | null | undefined;
  /** The caller when not given. */
  advisorId?: string | undefined;
  opportunityId?: string | null | undefined;
  plannedAt: Date;
  subject: string;
  notes?: string | null | undefined;
  /** Given: the interaction is recorded as already done (a call logged after the fact). */
  completion?: InteractionCompletion | undefined;
}

export type InteractionChange = Partial<Omit<InteractionInput, "completion">> & { version: number };

/**
 * The port through which the opportunities module, registered at wiring time, tells whether an
 * opportunity exists for the caller and which person or company it is about. Without one, no
 * opportunity exists (this module does not know that module).
 */
export type OpportunityCheck = (tx: Executor, ctx: RequestContext, opportunityId: string) => Promise<InteractionRecords | undefined>;

export interface Reminders {
  count: number;
  items: InteractionView[];
}

const REMINDER_ITEMS = 10;
const AGENDA_LIMIT = 500;

export const interactionSortable = {
  plannedAt: interactions.plannedAt,
  endedAt: interactions.endedAt,
  createdAt: interactions.createdAt,
  updatedAt: interactions.updatedAt,
  type: interactions.type,
  state: interactions.state,
  subject: interactions.subject,
};

/** An interaction of the tenant within the reader's data scope; out of scope reads as absent. */
export async function findInteraction(tx: Executor, reader: ScopedReader, id: string, lock = false): Promise<InteractionRow | undefined> {
  const query = tx.select().from(interactions).where(and(eq(interactions.tenantId, reader.tenantId), eq(interactions.id, id), withinRecordScope(reader)));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

/**
 * Files an interaction under the opportunity it gave rise to, unless it already names one: the
 * opportunity's page then lists the call where the need was detected. Audited on the interaction.
 */
export async function linkToOpportunity(tx: Executor, ctx: RequestContext, interactionId: string, opportunityId: string): Promise<void> {
  const [linked] = await tx
    .update(interactions)
    .set({ opportunityId, version: sql`${interactions.version} + 1`, updatedAt: new Date(), updatedBy: ctx.userId })
    .where(and(eq(interactions.tenantId, ctx.tenantId), eq(interactions.id, interactionId), isNull(interactions.opportunityId)))
    .returning({ id: interactions.id });
  if (linked) await recordAudit(tx, ctx, { entity: "interaction", entityId: linked.id, before: { opportunityId: null }, after: { opportunityId } });
}

/** Calls, meetings, e-mails… with persons and companies: planned, then done ("réaliser"). */
export class InteractionsService {
  private opportunityCheck: OpportunityCheck | undefined;

  constructor(private readonly database: Database) {}

  /** Called once by the opportunities module when it is wired in: `opportunityId` is then checked through it. */
  registerOpportunityCheck(check: OpportunityCheck): void {
    if (this.opportunityCheck) throw new Error("an opportunity check is already registered");
    this.opportunityCheck = check;
  }

  async list(ctx: RequestContext, query: UnsearchableListQuery & InteractionFilters): Promise<Page<InteractionView>> {
    requirePermission(ctx, interactionPermissions.read);
    const now = new Date();
    return readAsTenant(this.database, ctx, async (tx) => {
      const order = [...orderByFromSort(query.sort, interactionSortable, [desc(interactions.plannedAt)]), desc(interactions.id)];
      const { rows, total } = await pageWithTotal(tx, interactions, ctx.tenantId, interactionWhere(ctx, query, now), order, pageWindow(query));
      return { items: await viewsOf(tx, ctx.tenantId, rows, now), total, page: query.page, perPage: query.perPage };
    });
  }

  /** Every interaction the filters select, in batches walked by id (creation order), for exports. */
  async *iterate(ctx: RequestContext, filters: InteractionFilters, batchSize = 1000): AsyncGenerator<InteractionView[]> {
    requirePermission(ctx, interactionPermissions.read);
    const now = new Date();
    let after: string | undefined;
    for (;;) {
      const batch = await readAsTenant(this.database, ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(interactions)
          .where(and(interactionWhere(ctx, filters, now), after ? gt(interactions.id, after) : undefined))
          .orderBy(asc(interactions.id))
          .limit(batchSize);
        return viewsOf(tx, ctx.tenantId, rows, now);
      });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)?.id;
    }
  }

  async get(ctx: RequestContext, id: string): Promise<InteractionView> {
    requirePermission(ctx, interactionPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => this.viewOf(tx, ctx, await findInteraction(tx, ctx, id)));
  }

  /** An advisor's interactions planned in a window (a day, a week), earliest first. */
  async agenda(ctx: RequestContext, query: { advisorId: string; from: Date; to: Date }): Promise<InteractionView[]> {
    requirePermission(ctx, interactionPermissions.read);
    const errors = agendaRangeErrors(query.from, query.to);
    if (errors.length > 0) throw invalidFields(errors);
    const now = new Date();
    return readAsTenant(this.database, ctx, async (tx) => {
      const rows = await tx.select().from(interactions).where(interactionWhere(ctx, query, now)).orderBy(asc(interactions.plannedAt), asc(interactions.id)).limit(AGENDA_LIMIT);
      return viewsOf(tx, ctx.tenantId, rows, now);
    });
  }

  /** The caller's planned interactions whose moment has passed: how many, and the oldest first. */
  async reminders(ctx: RequestContext): Promise<Reminders> {
    requirePermission(ctx, interactionPermissions.read);
    const now = new Date();
    return readAsTenant(this.database, ctx, async (tx) => {
      const { rows, total } = await pageWithTotal(tx, interactions, ctx.tenantId, interactionWhere(ctx, { advisorId: "me", overdue: true }, now), [asc(interactions.plannedAt), asc(interactions.id)], { limit: REMINDER_ITEMS, offset: 0 });
      return { count: total, items: await viewsOf(tx, ctx.tenantId, rows, now) };
    });
  }

  async create(ctx: RequestContext, input: InteractionInput): Promise<InteractionView> {
    requirePermission(ctx, interactionPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const now = new Date();
      const { records, advisorId, errors } = await this.checkedLinks(tx, ctx, { ...input, advisorId: input.advisorId ?? ctx.userId ?? undefined });
      errors.push(...(await typeErrors(tx, ctx.tenantId, input.type)));
      if (input.completion) errors.push(...(await completionErrors(tx, ctx.tenantId, input.completion, now, "completion.")));
      if (errors.length > 0 || !advisorId) throw invalidFields(errors);
      const { completion } = input;
      const [row] = await tx
        .insert(interactions)
        .values({
          tenantId: ctx.tenantId,
          type: input.type,
          personId: records.personId ?? null,
          companyId: records.companyId ?? null,
          advisorId,
          opportunityId: input.opportunityId ?? null,
          plannedAt: input.plannedAt,
          subject: input.subject,
          notes: input.notes ?? null,
          ...(completion ? { state: "done" as const, endedAt: completion.endedAt ?? now, resultCode: completion.resultCode, report: completion.report ?? null } : {}),
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "interaction", entityId: row.id, before: null, after: auditedInteraction(row) });
      await emitEvent(tx, ctx, { type: "interaction.created", entity: "interaction", entityId: row.id });
      return this.viewOf(tx, ctx, row);
    });
  }

  /** Changes what was planned (and the notes), in either state; the completion stays as recorded. */
  async update(ctx: RequestContext, id: string, change: InteractionChange): Promise<InteractionView> {
    requirePermission(ctx, interactionPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const existing = checkVersion(await findInteraction(tx, ctx, id, true), change.version);
      const { version: _version, ...fields } = change;
      const merged = {
        personId: fields.personId === undefined ? existing.personId : fields.personId,
        companyId: fields.companyId === undefined ? existing.companyId : fields.companyId,
        advisorId: fields.advisorId ?? existing.advisorId,
        opportunityId: fields.opportunityId === undefined ? existing.opportunityId : fields.opportunityId,
      };
      // The opportunity is checked again when it or the records it must agree with change.
      const relinked = fields.opportunityId !== undefined || fields.personId !== undefined || fields.companyId !== undefined;
      const { records, errors } = await this.checkedLinks(tx, ctx, merged, { advisorId: fields.advisorId, opportunityId: relinked ? merged.opportunityId : undefined }, existing);
      if (fields.type !== undefined) errors.push(...(await typeErrors(tx, ctx.tenantId, fields.type)));
      if (errors.length > 0) throw invalidFields(errors);
      return this.saveChange(tx, ctx, existing, { ...fields, personId: records.personId ?? null, companyId: records.companyId ?? null }, "interaction.updated");
    });
  }

  /** "Réaliser": a planned interaction becomes done with its end, result and report; a done one is refused (409). */
  async complete(ctx: RequestContext, id: string, completion: InteractionCompletion): Promise<InteractionView> {
    requirePermission(ctx, interactionPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const existing = await findInteraction(tx, ctx, id, true);
      if (!existing) throw notFound();
      if (!canComplete(existing.state)) throw new Problem(409, "interaction.already_done");
      const now = new Date();
      const errors = await completionErrors(tx, ctx.tenantId, completion, now, "");
      if (errors.length > 0) throw invalidFields(errors);
      return this.saveChange(tx, ctx, existing, { state: "done", endedAt: completion.endedAt ?? now, resultCode: completion.resultCode, report: completion.report ?? null }, "interaction.completed");
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, interactionPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const existing = await findInteraction(tx, ctx, id, true);
      if (!existing) throw notFound();
      await tx.delete(interactions).where(and(eq(interactions.tenantId, ctx.tenantId), eq(interactions.id, id)));
      await recordAudit(tx, ctx, { entity: "interaction", entityId: id, before: auditedInteraction(existing), after: null });
      await emitEvent(tx, ctx, { type: "interaction.deleted", entity: "interaction", entityId: id });
    });
  }

  /** Writes a change of an existing interaction with its next version, its audit entry and its event. */
  private async saveChange(tx: Executor, ctx: RequestContext, existing: InteractionRow, values: Partial<typeof interactions.$inferInsert>, event: string): Promise<InteractionView> {
    if (!changesStored(existing, values)) return this.viewOf(tx, ctx, existing);
    const [row] = await tx
      .update(interactions)
      .set({ ...values, ...nextVersion(existing, ctx.userId) })
      .where(and(eq(interactions.tenantId, ctx.tenantId), eq(interactions.id, existing.id)))
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, ctx, { entity: "interaction", entityId: row.id, before: auditedInteraction(existing), after: auditedInteraction(row) });
    await emitEvent(tx, ctx, { type: event, entity: "interaction", entityId: row.id });
    return this.viewOf(tx, ctx, row);
  }

  private async viewOf(tx: Executor, ctx: RequestContext, row: InteractionRow | undefined): Promise<InteractionView> {
    if (!row) throw notFound();
    const [view] = await viewsOf(tx, ctx.tenantId, [row]);
    if (!view) throw notFound();
    return view;
  }

  /**
   * The person, company, advisor and opportunity of an interaction, each checked on its field: the
   * records exist within the caller's scope, the advisor is an active user of the tenant, the
   * opportunity is known to the registered check and agrees with the records. `given` names the
   * fields a change sends, so that an update checks only what it changes; `kept`, the records the
   * interaction already names, which whoever sees it may keep (its advisor from another agency, or
   * one who sees only its person or only its company, editing the notes).
   */
  private async checkedLinks(
    tx: Executor,
    ctx: RequestContext,
    links: InteractionRecords & { advisorId?: string | undefined; opportunityId?: string | null | undefined },
    given: { advisorId?: string | undefined; opportunityId?: string | null | undefined } = links,
    kept: InteractionRecords = { personId: null, companyId: null },
  ): Promise<{ records: InteractionRecords; advisorId: string | undefined; errors: FieldError[] }> {
    const errors: FieldError[] = [];
    let records: InteractionRecords = { personId: links.personId ?? null, companyId: links.companyId ?? null };
    if (given.opportunityId) {
      const opportunity = this.opportunityCheck ? await this.opportunityCheck(tx, ctx, given.opportunityId) : undefined;
      if (!opportunity) errors.push({ path: "opportunityId", code: "interaction.unknown_opportunity" });
      else {
        const linked = recordsWithOpportunity(records, opportunity);
        records = linked.records;
        errors.push(...linked.errors);
      }
    }
    errors.push(...recordErrors(records));
    if (records.personId && records.personId !== kept.personId && !(await personInScope(tx, ctx, records.personId))) errors.push({ path: "personId", code: "interaction.unknown_person" });
    if (records.companyId && records.companyId !== kept.companyId && !(await companyInScope(tx, ctx, records.companyId))) errors.push({ path: "companyId", code: "interaction.unknown_company" });
    if (!links.advisorId) errors.push({ path: "advisorId", code: "interaction.advisor_required" });
    else if (given.advisorId && !(await activeUser(tx, ctx.tenantId, given.advisorId))) errors.push({ path: "advisorId", code: "interaction.unknown_advisor" });
    return { records, advisorId: links.advisorId, errors };
  }
}

async function personInScope(tx: Executor, reader: ScopedReader, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.tenantId, reader.tenantId), eq(persons.id, id), withinScope(reader.dataScope, persons)));
  return row !== undefined;
}

async function companyInScope(tx: Executor, reader: ScopedReader, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: companies.id }).from(companies).where(and(eq(companies.tenantId, reader.tenantId), eq(companies.id, id), withinScope(reader.dataScope, companies)));
  return row !== undefined;
}

async function activeUser(tx: Executor, tenantId: string, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.active, true)));
  return row !== undefined;
}

async function typeErrors(tx: Executor, tenantId: string, type: string): Promise<FieldError[]> {
  return (await unknownReferenceCodes(tx, tenantId, "interaction_types", [type])).map((value) => ({ path: "type", code: "interaction.unknown_type", params: { value } }));
}

/** `prefix` places the fields: `completion.` inside a creation's body, nothing for the "réaliser" action's own. */
async function completionErrors(tx: Executor, tenantId: string, completion: InteractionCompletion, now: Date, prefix: string): Promise<FieldError[]> {
  const errors = completion.endedAt ? endedAtErrors(completion.endedAt, now, `${prefix}endedAt`) : [];
  for (const value of await unknownReferenceCodes(tx, tenantId, "interaction_results", [completion.resultCode])) errors.push({ path: `${prefix}resultCode`, code: "interaction.unknown_result", params: { value } });
  return errors;
}
