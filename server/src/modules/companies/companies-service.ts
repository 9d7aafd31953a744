import { and, asc, eq, gt, ne } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { hasPermission, requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { violatedForeignKey } from "../../platform/db/errors.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import { pageOfNameSearch, pageWithTotal } from "../../platform/db/page-with-total.js";
import { rowsMatchingWords } from "../../platform/db/text-search.js";
import { rowsByKey } from "../../platform/db/rows-by-key.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { emitEvent } from "../../platform/events/outbox.js";
import { newId } from "../../platform/ids.js";
import { allRecords, withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { newRecordAssignment, storeAssignments, unassigned, type RecordAssignment } from "../../platform/records/assignment.js";
import { changedFields, RecordWriteHooks } from "../../platform/records/hooks.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { forgetPrescriberCompany, personFieldOfForeignKey, personNamesIn, personsOutOfSight, sameAddresses, searchableName, storedAddress, type AttachmentsService, type PersonsService } from "../persons/index.js";
import { originExists, originNamesIn } from "../origins/index.js";
import { changedCustomFields, unknownReferenceCodes, validateCustomFieldValues, type CustomFieldsService, type CustomFieldValue, type CustomFieldView } from "../reference-data/index.js";
import { companyWhere, type CompanyFilters } from "./company-filters.js";
import { classifyCompanyQuery } from "./company-search.js";
import { checkCompanyInput, sensitiveFields, type CompanyAddressInput, type CompanyChange, type CompanyCreateInput, type CompanyIdentity, type CompanyInput } from "./company-input.js";
import { toCompanyView, type CompanyAddressRow, type CompanyRow, type CompanyView } from "./company-view.js";
import { companyPermissions } from "./permissions.js";
import { companies, companyAddresses, companyForeignKeys, companyPersons } from "./schema.js";

export const companySortable = { name: companies.name, siren: companies.siren, nafCode: companies.nafCode, createdAt: companies.createdAt, updatedAt: companies.updatedAt, nature: companies.nature };

/** Reference tables behind the coded fields of a company. */
const codedFields = [
  { field: "legalForm", table: "legal_forms" },
  { field: "importance", table: "importance" },
] as const;

/** The fields of a company that name a person. */
const personReferences = ["mainContactId", "prescriberPersonId"] as const;

type Checked<T> = Omit<T, "customFields"> & { customFields?: Record<string, CustomFieldValue> };

/** The company field each of its foreign keys stands for. */
const fieldOfForeignKey: Readonly<Record<string, FieldError>> = {
  [companyForeignKeys.origin]: { path: "originId", code: "company.unknown_origin" },
  [companyForeignKeys.mainContact]: { path: "mainContactId", code: "company.unknown_person" },
  [companyForeignKeys.prescriberPerson]: { path: "prescriberPersonId", code: "company.unknown_person" },
  [companyForeignKeys.prescriberCompany]: { path: "prescriberCompanyId", code: "company.unknown_company" },
};

/** A company as the export writes it: its view, and the names of its origin and main contact (one the reader may see). */
export type CompanyExportRow = CompanyView & { originName: string | null; mainContactName: string | null };

export class CompaniesService {
  /** Work other modules do in each write's transaction (duplicate check, matching keys). */
  readonly hooks = new RecordWriteHooks<CompanyAssignmentFacts>();

  constructor(
    private readonly database: Database,
    private readonly customFields: CustomFieldsService,
    private readonly persons: PersonsService,
    private readonly attachments: Pick<AttachmentsService, "discardAllIn">,
  ) {}

  async list(ctx: RequestContext, query: ListQuery & CompanyFilters): Promise<Page<CompanyView>> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const search = classifyCompanyQuery(query.q ?? "");
      const window = pageWindow(query);
      const byName = [asc(companies.name), asc(companies.id)];
      const { rows, total, totalCapped } =
        search?.kind === "name" && !query.sort
          ? await pageOfNameSearch(tx, companies, ctx.tenantId, { others: companyWhere(ctx, { ...query, q: undefined }), typed: search.value, searchName: companies.searchName, then: byName, matching: rowsMatchingWords("companies", search.value) }, window)
          : await pageWithTotal(tx, companies, ctx.tenantId, companyWhere(ctx, query, search), query.sort ? orderByFromSort(query.sort, companySortable, []) : byName, window);
      const addresses = await addressesOf(tx, ctx.tenantId, rows.map((row) => row.id));
      return { items: rows.map((row) => toCompanyView(ctx, row, addresses.get(row.id) ?? [])), total, ...(totalCapped ? { totalCapped } : {}), page: query.page, perPage: query.perPage };
    });
  }

  /** Every company the filters select, in batches walked by id (UUIDv7), for exports. */
  async *iterate(ctx: RequestContext, filters: CompanyFilters, batchSize = 1000): AsyncGenerator<CompanyView[]> {
    requirePermission(ctx, companyPermissions.read);
    let after: string | undefined;
    for (;;) {
      const batch = await readAsTenant(this.database, ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(companies)
          .where(and(companyWhere(ctx, filters), after ? gt(companies.id, after) : undefined))
          .orderBy(asc(companies.id))
          .limit(batchSize);
        const addresses = await addressesOf(tx, ctx.tenantId, rows.map((row) => row.id));
        return rows.map((row) => toCompanyView(ctx, row, addresses.get(row.id) ?? []));
      });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)?.id;
    }
  }

  /** The tenant's custom fields of companies, which the export adds as columns. */
  async customFieldsForExport(ctx: RequestContext): Promise<CustomFieldView[]> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, (tx) => this.customFields.definitionsFor(tx, ctx.tenantId, "company"));
  }

  /** The list as `iterate` reads it, with the names of its origin and main contact beside their ids: the export's rows. */
  async *iterateForExport(ctx: RequestContext, filters: CompanyFilters): AsyncGenerator<CompanyExportRow[]> {
    requirePermission(ctx, companyPermissions.read);
    const originNames = await readAsTenant(this.database, ctx, (tx) => originNamesIn(tx, ctx.tenantId));
    for await (const batch of this.iterate(ctx, filters)) {
      const contactIds = [...new Set(batch.flatMap((company) => (company.mainContactId ? [company.mainContactId] : [])))];
      const contactNames = await readAsTenant(this.database, ctx, (tx) => personNamesIn(tx, ctx, contactIds));
      yield batch.map((company) => ({
        ...company,
        originName: originNames.get(company.originId) ?? null,
        mainContactName: company.mainContactId ? (contactNames.get(company.mainContactId) ?? null) : null,
      }));
    }
  }

  async get(ctx: RequestContext, id: string): Promise<CompanyView> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const row = await findCompany(tx, ctx, id);
      if (!row) throw await this.missing(tx, ctx, id);
      return toCompanyView(ctx, row, (await addressesOf(tx, ctx.tenantId, [id])).get(id) ?? []);
    });
  }

  /**
   * Creates a suspect. With `mainContact`, the main contact is created as a person in the same
   * transaction: both are written, or neither. Errors on the person are reported under `mainContact.`.
   * The custom fields of both are checked even when none are sent, as `PersonsService.create` does.
   */
  async create(ctx: RequestContext, input: CompanyCreateInput): Promise<CompanyView> {
    requirePermission(ctx, companyPermissions.write);
    const { mainContact } = input;
    const checked = { ...input, customFields: input.customFields ?? {}, ...(mainContact ? { mainContact: { ...mainContact, customFields: mainContact.customFields ?? {} } } : {}) };
    return this.write(ctx, (tx) => this.createIn(tx, ctx, checked));
  }

  /**
   * Creates a company in the caller's transaction (the back-office feed's holders), checked and
   * hooked as `create`; under `id` when given (a feed's matching links later lines to it first).
   */
  async createIn(tx: Executor, ctx: RequestContext, input: CompanyCreateInput, id: string = newId()): Promise<CompanyView> {
    requirePermission(ctx, companyPermissions.write);
    const { mainContact, duplicateResolution, ...company } = input;
    const { values, errors } = await this.checked(tx, ctx, company, undefined);
    let mainContactId = values.mainContactId ?? null;
    if (mainContact && company.mainContactId) errors.push({ path: "mainContact", code: "company.main_contact_twice" });
    else if (mainContact) {
      try {
        mainContactId = (await this.persons.createIn(tx, ctx, { ...mainContact, originId: mainContact.originId ?? company.originId })).id;
      } catch (error) {
        const nested = withinMainContact(error);
        // The company's own field errors come before any other refusal of its contact (a suspected duplicate).
        if (!(nested instanceof Problem) || (nested.status !== 400 && errors.length === 0)) throw nested;
        errors.push(...(nested.status === 400 ? (nested.options.errors ?? []) : []));
      }
    }
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    const { addresses, ...fields } = values;
    const headOffice = addresses?.find((address) => address.kind === "head_office");
    const draft = { ...unassigned, headcountBand: fields.headcountBand ?? null, postalCode: headOffice ? storedAddress(headOffice).postalCode : null };
    const assignment = (await this.hooks.creating(tx, ctx, new Map([[id, draft]]))).get(id);
    const [row] = await tx
      .insert(companies)
      .values({ ...fields, ...newRecordAssignment(assignment), id, mainContactId, tenantId: ctx.tenantId, nature: "suspect", searchName: searchableName(fields.name), createdBy: ctx.userId, updatedBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    const savedAddresses = await replaceAddresses(tx, ctx, row.id, addresses ?? []);
    if (mainContactId) await linkMainContact(tx, ctx, row.id, mainContactId);
    // A SIREN already held is a duplicate at entry, settled like any other (docs/domain/dedup.md).
    await this.hooks.saved(tx, ctx, [row.id], { created: true, ...(duplicateResolution ? { duplicateResolution } : {}) });
    const view = toCompanyView(ctx, await rowAfterHooks(tx, ctx.tenantId, row.id), savedAddresses);
    await recordAudit(tx, ctx, { entity: "company", entityId: row.id, before: null, after: { ...view } });
    await emitEvent(tx, ctx, { type: "company.created", entity: "company", entityId: row.id });
    return view;
  }

  async update(ctx: RequestContext, id: string, change: CompanyChange): Promise<CompanyView> {
    requirePermission(ctx, companyPermissions.write);
    return this.write(ctx, async (tx) => {
      const [current] = await tx.select().from(companies).where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.id, id), withinScope(ctx.dataScope, companies))).for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, ...sent } = change;
      const input = { ...sent, ...changedCustomFields(existing.customFields, sent.customFields) };
      const { values, errors } = await this.checked(tx, ctx, input, existing);
      if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
      const { addresses, ...fields } = values;
      const before = (await addressesOf(tx, ctx.tenantId, [id])).get(id) ?? [];
      if (!changesStored(existing, fields) && (addresses === undefined || sameAddresses(before, addresses))) return toCompanyView(ctx, existing, before);
      if (fields.siren && fields.siren !== existing.siren) await refuseTakenSiren(tx, ctx.tenantId, fields.siren, id);
      const [row] = await tx
        .update(companies)
        .set({ ...fields, ...(fields.name !== undefined ? { searchName: searchableName(fields.name) } : {}), ...nextVersion(existing, ctx.userId) })
        .where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.id, id)))
        .returning();
      if (!row) throw notFound();
      const after = addresses ? await replaceAddresses(tx, ctx, id, addresses) : before;
      if (row.mainContactId && row.mainContactId !== existing.mainContactId) await linkMainContact(tx, ctx, id, row.mainContactId);
      const previous = { ...toCompanyView(ctx, existing, before) };
      await this.hooks.saved(tx, ctx, [id], { created: false, changedFields: changedFields(previous, { ...toCompanyView(ctx, row, after) }) });
      const view = toCompanyView(ctx, await rowAfterHooks(tx, ctx.tenantId, id), after);
      await recordAudit(tx, ctx, { entity: "company", entityId: id, before: previous, after: { ...view } });
      await emitEvent(tx, ctx, { type: "company.updated", entity: "company", entityId: id });
      return view;
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, companyPermissions.write);
    const removeFiles = await this.write(ctx, async (tx) => {
      const existing = await findCompany(tx, ctx, id);
      if (!existing) throw notFound();
      await this.hooks.deleting(tx, ctx, id);
      // Prescriptions are informative: they go with the company. Its tabs go by cascade, its attached files with them.
      await tx.update(companies).set({ prescriberCompanyId: null }).where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.prescriberCompanyId, id)));
      await forgetPrescriberCompany(tx, ctx.tenantId, id);
      const discarded = await this.attachments.discardAllIn(tx, ctx, id);
      await tx.delete(companies).where(and(eq(companies.tenantId, ctx.tenantId), eq(companies.id, id)));
      await recordAudit(tx, ctx, { entity: "company", entityId: id, before: { ...toCompanyView(ctx, existing, []) }, after: null });
      await emitEvent(tx, ctx, { type: "company.deleted", entity: "company", entityId: id });
      return discarded;
    });
    await removeFiles();
  }

  /** Not found, or merged into another record: a redirect to it when the reader may see that one, else 404 as any record out of sight (docs/domain/dedup.md). */
  private async missing(tx: Executor, reader: ScopedReader, id: string): Promise<Problem> {
    const successor = await this.hooks.successorOf(tx, reader.tenantId, id);
    if (!successor || !(await findCompany(tx, reader, successor))) return notFound();
    return new Problem(307, "company.merged", { headers: { location: `/api/v1/companies/${successor}` }, extensions: { mergedInto: successor } });
  }

  /**
   * Every check a write needs, field by field: identifiers and referentials (company-input.ts),
   * reference values, custom fields. Sensitive flags without their permission are refused at once (403).
   */
  private async checked<T extends Partial<CompanyInput>>(
    tx: Executor,
    ctx: RequestContext,
    input: T,
    current: (CompanyIdentity & Partial<Record<(typeof personReferences)[number], string | null>>) | undefined,
  ): Promise<{ values: Checked<T>; errors: FieldError[] }> {
    if (sensitiveFields.some((field) => input[field] !== undefined) && !hasPermission(ctx, companyPermissions.writeSensitive)) {
      throw new Problem(403, "company.sensitive_forbidden", { errors: sensitiveFields.filter((field) => input[field] !== undefined).map((path) => ({ path, code: "company.sensitive_forbidden" })) });
    }
    const { values, errors } = checkCompanyInput(input, current);
    for (const { field, table } of codedFields) {
      const code = input[field];
      if (code && (await unknownReferenceCodes(tx, ctx.tenantId, table, [code])).length > 0) errors.push({ path: field, code: "company.unknown_reference_value", params: { value: code } });
    }
    for (const code of await unknownReferenceCodes(tx, ctx.tenantId, "markers", input.markers ?? [])) {
      errors.push({ path: `markers.${(input.markers ?? []).indexOf(code)}`, code: "company.unknown_reference_value", params: { value: code } });
    }
    errors.push(...(await personsOutOfSight(tx, ctx, personReferences, input, current, "company.unknown_person")));
    if (input.originId && !(await originExists(tx, ctx.tenantId, input.originId))) errors.push({ path: "originId", code: "company.unknown_origin" });
    const { customFields: typedFields, ...others } = values;
    const customFields = typedFields ? validateCustomFieldValues(await this.customFields.definitionsFor(tx, ctx.tenantId, "company"), typedFields) : undefined;
    errors.push(...(customFields?.errors ?? []));
    return { values: { ...others, ...(customFields ? { customFields: customFields.values } : {}) }, errors };
  }

  /** A write in a tenant transaction, with references to nothing reported on their field. */
  private async write<T>(ctx: RequestContext, work: (tx: Executor) => Promise<T>): Promise<T> {
    return withTenant(this.database, ctx, work).catch((error: unknown) => {
      const constraint = violatedForeignKey(error);
      const personField = personFieldOfForeignKey(constraint);
      const field = constraint ? (fieldOfForeignKey[constraint] ?? (personField ? { ...personField, path: `mainContact.${personField.path}` } : undefined)) : undefined;
      throw field ? new Problem(400, "validation.failed", { errors: [field] }) : error;
    });
  }
}

/** A company of the tenant within the reader's data scope: out of scope reads as absent, as another tenant's does. */
export async function findCompany(tx: Executor, reader: ScopedReader, id: string): Promise<CompanyRow | undefined> {
  const [row] = await tx.select().from(companies).where(and(eq(companies.tenantId, reader.tenantId), eq(companies.id, id), withinScope(reader.dataScope, companies)));
  return row;
}

/** The row as the write hooks left it (they may have set its assignment). */
async function rowAfterHooks(tx: Executor, tenantId: string, id: string): Promise<CompanyRow> {
  const row = await findCompany(tx, { tenantId, dataScope: allRecords }, id);
  if (!row) throw new Error(`company ${id} vanished during its write`);
  return row;
}

/** What the organisation module derives a company's market, sector and assignment from: its headcount band, its head office's postal code and its assignment so far. */
export type CompanyAssignmentFacts = RecordAssignment & { headcountBand: string | null; postalCode: string | null };

/** The assignment facts of stored companies, by id; ids not in the base are left out. */
export async function companyAssignmentFactsOf(tx: Executor, tenantId: string, ids: readonly string[]): Promise<Map<string, CompanyAssignmentFacts>> {
  const rows = await tx
    .select({ id: companies.id, headcountBand: companies.headcountBand, introducerId: companies.introducerId, advisorId: companies.advisorId, assignmentSource: companies.assignmentSource, market: companies.market, sectorId: companies.sectorId, postalCode: companyAddresses.postalCode })
    .from(companies)
    .leftJoin(companyAddresses, and(eq(companyAddresses.tenantId, companies.tenantId), eq(companyAddresses.companyId, companies.id), eq(companyAddresses.kind, "head_office")))
    .where(and(eq(companies.tenantId, tenantId), isAnyOf(companies.id, ids)));
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}

/** Stores companies' assignments, each dated when its introducer or advisor changes; no version bump (it is not the record's content). */
export async function applyCompanyAssignments(tx: Executor, tenantId: string, assignments: ReadonlyMap<string, RecordAssignment>): Promise<void> {
  await storeAssignments(tx, tenantId, companies, assignments);
}

/** A SIREN changed to one another company of the tenant holds is refused, naming that company (at entry, the duplicate check settles it). */
async function refuseTakenSiren(tx: Executor, tenantId: string, siren: string | null, exceptId: string | undefined): Promise<void> {
  if (!siren) return;
  const [taken] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.siren, siren), exceptId ? ne(companies.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw sirenTaken(taken.id);
}

function sirenTaken(existingCompanyId: string): Problem {
  return new Problem(409, "company.siren_taken", { errors: [{ path: "siren", code: "company.siren_taken" }], extensions: { existingCompanyId } });
}

/** A refusal of the main contact's person, with its field paths under `mainContact.`. */
function withinMainContact(error: unknown): unknown {
  if (!(error instanceof Problem) || !error.options.errors) return error;
  return new Problem(error.status, error.code, { ...error.options, errors: error.options.errors.map((field) => ({ ...field, path: `mainContact.${field.path}` })) });
}

/** The main contact shows in the persons tab, as a contact. */
async function linkMainContact(tx: Executor, ctx: RequestContext, companyId: string, personId: string): Promise<void> {
  await tx.insert(companyPersons).values({ tenantId: ctx.tenantId, companyId, personId, role: "contact", createdBy: ctx.userId, updatedBy: ctx.userId }).onConflictDoNothing();
}

async function addressesOf(tx: Executor, tenantId: string, companyIds: string[]): Promise<Map<string, CompanyAddressRow[]>> {
  const byCompany = new Map<string, CompanyAddressRow[]>();
  if (companyIds.length === 0) return byCompany;
  const rows = await rowsByKey(tx, companyAddresses, companyAddresses.companyId, tenantId, companyIds);
  for (const row of rows) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row]);
  return byCompany;
}

/** Addresses are written as a whole: the ones sent replace the ones kept, each with its RNVP form. */
async function replaceAddresses(tx: Executor, ctx: RequestContext, companyId: string, addresses: CompanyAddressInput[]): Promise<CompanyAddressRow[]> {
  await tx.delete(companyAddresses).where(and(eq(companyAddresses.tenantId, ctx.tenantId), eq(companyAddresses.companyId, companyId)));
  if (addresses.length === 0) return [];
  return tx
    .insert(companyAddresses)
    .values(addresses.map((address) => ({ tenantId: ctx.tenantId, companyId, kind: address.kind, ...storedAddress(address), createdBy: ctx.userId, updatedBy: ctx.userId })))
    .returning();
}
