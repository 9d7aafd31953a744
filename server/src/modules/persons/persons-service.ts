import { and, asc, eq, gt, or } from "drizzle-orm";
import { originExists, originNamesIn } from "../origins/index.js";
import type { AttachmentsService } from "./attachments-service.js";
import { recordAudit, recordAudits } from "../../platform/audit/audit-log.js";
import { changesStored } from "../../platform/audit/changes.js";
import { hasPermission, requirePermission, type RequestContext } from "../../platform/auth/context.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { insertMany } from "../../platform/db/insert-many.js";
import { violatedForeignKey } from "../../platform/db/errors.js";
import { pageOfNameSearch, pageWithTotal } from "../../platform/db/page-with-total.js";
import { rowsMatchingWords } from "../../platform/db/text-search.js";
import { rowsByKey } from "../../platform/db/rows-by-key.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { checkVersion, nextVersion } from "../../platform/db/versioning.js";
import { emitEvent, emitEvents } from "../../platform/events/outbox.js";
import { newId } from "../../platform/ids.js";
import { allRecords, withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { newRecordAssignment, storeAssignments, unassigned, type RecordAssignment } from "../../platform/records/assignment.js";
import { changedFields, RecordWriteHooks } from "../../platform/records/hooks.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { notFound, Problem, type FieldError } from "../../platform/http/problem.js";
import { dayInFrance } from "../../platform/i18n/dates.js";
import { normaliseAddress } from "../addresses/index.js";
import { changedCustomFields, unknownReferenceCodes, validateCustomFieldValues, type CustomFieldsService, type CustomFieldValue, type CustomFieldView } from "../reference-data/index.js";
import { checkPersonInput, professionalFieldErrors, sensitiveFields, type AddressInput, type PersonChange, type PersonInput, type PostalAddressInput } from "./person-input.js";
import { personWhere, type PersonFilters } from "./person-filters.js";
import { classifyPersonQuery, searchableName } from "./person-search.js";
import { toPersonView, type AddressRow, type PersonRow, type PersonView } from "./person-view.js";
import { personPermissions } from "./permissions.js";
import { personAddresses, personForeignKeys, personRelations, persons, type CoverageDomain, type Nature } from "./schema.js";

export const personSortable = { lastName: persons.lastName, firstName: persons.firstName, createdAt: persons.createdAt, updatedAt: persons.updatedAt, nature: persons.nature };

/** Reference tables behind the coded fields of a person. */
const codedFields = [
  { field: "profession", table: "professions" },
  { field: "socialRegime", table: "social_regimes" },
  { field: "importance", table: "importance" },
] as const;

type Checked<T> = Omit<T, "customFields"> & { customFields?: Record<string, CustomFieldValue> };


export class PersonsService {
  /** Work other modules do in each write's transaction (duplicate check, matching keys, assignment). */
  readonly hooks = new RecordWriteHooks<PersonAssignmentFacts>();

  constructor(
    private readonly database: Database,
    private readonly customFields: CustomFieldsService,
    private readonly attachments: Pick<AttachmentsService, "discardAllIn">,
  ) {}

  async list(ctx: RequestContext, query: ListQuery & PersonFilters): Promise<Page<PersonView>> {
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const search = classifyPersonQuery(query.q ?? "");
      const window = pageWindow(query);
      const byName = [asc(persons.lastName), asc(persons.firstName), asc(persons.id)];
      const { rows, total, totalCapped } =
        search?.kind === "name" && !query.sort
          ? await pageOfNameSearch(tx, persons, ctx.tenantId, { others: personWhere(ctx, { ...query, q: undefined }), typed: search.value, searchName: persons.searchName, then: byName, matching: rowsMatchingWords("persons", search.value) }, window)
          : await pageWithTotal(tx, persons, ctx.tenantId, personWhere(ctx, query, search), query.sort ? orderByFromSort(query.sort, personSortable, []) : byName, window);
      const addresses = await addressesOf(tx, ctx.tenantId, rows.map((row) => row.id));
      return { items: rows.map((row) => toPersonView(ctx, row, addresses.get(row.id) ?? [])), total, ...(totalCapped ? { totalCapped } : {}), page: query.page, perPage: query.perPage };
    });
  }

  /**
   * Every person the filters select, in batches, for exports: walked by id (UUIDv7, so creation
   * order), which stays fast at any depth where an offset would not.
   */
  async *iterate(ctx: RequestContext, filters: PersonFilters, batchSize = 1000): AsyncGenerator<PersonView[]> {
    requirePermission(ctx, personPermissions.read);
    let after: string | undefined;
    for (;;) {
      const batch = await readAsTenant(this.database, ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(persons)
          .where(and(personWhere(ctx, filters), after ? gt(persons.id, after) : undefined))
          .orderBy(asc(persons.id))
          .limit(batchSize);
        const addresses = await addressesOf(tx, ctx.tenantId, rows.map((row) => row.id));
        return rows.map((row) => toPersonView(ctx, row, addresses.get(row.id) ?? []));
      });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)?.id;
    }
  }

  /** The tenant's custom fields of persons, which the export adds as columns. */
  async customFieldsForExport(ctx: RequestContext): Promise<CustomFieldView[]> {
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, (tx) => this.customFields.definitionsFor(tx, ctx.tenantId, "person"));
  }

  /** The list as `iterate` reads it, with the origin's name beside its id: the export's rows. */
  async *iterateForExport(ctx: RequestContext, filters: PersonFilters): AsyncGenerator<PersonExportRow[]> {
    requirePermission(ctx, personPermissions.read);
    const originNames = await readAsTenant(this.database, ctx, (tx) => originNamesIn(tx, ctx.tenantId));
    for await (const batch of this.iterate(ctx, filters)) yield batch.map((person) => ({ ...person, originName: originNames.get(person.originId) ?? null }));
  }

  async get(ctx: RequestContext, id: string): Promise<PersonView> {
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const row = await findPerson(tx, ctx, id);
      if (!row) throw await this.missing(tx, ctx, id);
      return toPersonView(ctx, row, (await addressesOf(tx, ctx.tenantId, [id])).get(id) ?? []);
    });
  }

  /**
   * A client's creation: its custom fields are checked even when it sends none, so that a required
   * one is required of every client (interfaces creating through `createIn` do not know the tenant's).
   */
  async create(ctx: RequestContext, input: PersonInput): Promise<PersonView> {
    requirePermission(ctx, personPermissions.write);
    return this.write(ctx, (tx) => this.createIn(tx, ctx, { ...input, customFields: input.customFields ?? {} }));
  }

  /**
   * Creates a person in the caller's transaction, so that it stands or falls with the caller's own
   * writes (a company's main contact created with the company). Refusals are field errors on the
   * person's own fields; a reference to nothing is reported by `personFieldOfForeignKey`.
   */
  async createIn(tx: Executor, ctx: RequestContext, input: PersonInput): Promise<PersonView> {
    const [view] = await this.createManyIn(tx, ctx, [input]);
    if (!view) throw new Error("insert returned no row");
    return view;
  }

  /**
   * Creates persons in the caller's transaction as `createIn` does one, in a few statements for all
   * of them (a feed's batch): each input is checked first — a refusal of several inputs names the
   * input's position (`3.email`) — then the hooks decide their assignment, the rows are written
   * with it, then their addresses, the write hooks, the audit and the events. `ids`, when given, are
   * the new persons' ids: a feed's matching links later lines to persons it decided to create before
   * they exist. `derived`, by id, is what the contracts module decided for persons an interface
   * creates already covered by contracts: their equipment flags and their nature by the life
   * cycle's rule, written with the row so that the batch's refresh finds them up to date rather
   * than rewriting each (never given by a client: others start `suspect`, without flags).
   */
  async createManyIn(
    tx: Executor,
    ctx: RequestContext,
    inputs: readonly PersonInput[],
    ids: readonly string[] = inputs.map(() => newId()),
    derived: ReadonlyMap<string, PersonDerivedFields> = new Map(),
  ): Promise<PersonView[]> {
    requirePermission(ctx, personPermissions.write);
    if (inputs.length === 0) return [];
    const checked = [];
    for (const [position, input] of inputs.entries()) {
      const { duplicateResolution: _resolution, ...fieldsInput } = input;
      checked.push(await this.checked(tx, ctx, fieldsInput).catch((error: unknown) => (inputs.length === 1 ? Promise.reject(error) : Promise.reject(atPosition(error, position)))));
    }
    const newIds = ids.slice(0, inputs.length);
    const addressRows = checked.flatMap(({ addresses }, position) =>
      (addresses ?? []).map((address) => ({ tenantId: ctx.tenantId, personId: newIds[position] ?? "", kind: address.kind, ...storedAddress(address), createdBy: ctx.userId, updatedBy: ctx.userId })),
    );
    const mainPostalCodes = new Map(addressRows.filter((address) => address.kind === "main").map((address) => [address.personId, address.postalCode]));
    const drafts = new Map(checked.map(({ category }, position) => [newIds[position] ?? "", { ...unassigned, category, postalCode: mainPostalCodes.get(newIds[position] ?? "") ?? null }]));
    const assignments = await this.hooks.creating(tx, ctx, drafts);
    await insertMany(
      tx,
      persons,
      checked.map(({ addresses: _addresses, ...fields }, position) => {
        const id = newIds[position] ?? "";
        return {
          ...fields,
          ...newRecordAssignment(assignments.get(id)),
          id,
          tenantId: ctx.tenantId,
          nature: derived.get(id)?.nature ?? "suspect",
          coverageFlags: derived.get(id)?.coverageFlags ?? [],
          searchName: searchableName(fields.lastName, fields.firstName, fields.birthName),
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        };
      }),
    );
    await insertMany(tx, personAddresses, addressRows);
    // One hooks call per duplicate decision: a feed sends all its persons with the same one.
    const byResolution = new Map<string, { resolution: PersonInput["duplicateResolution"]; ids: string[] }>();
    inputs.forEach((input, position) => {
      const key = JSON.stringify(input.duplicateResolution ?? null);
      const group = byResolution.get(key) ?? { resolution: input.duplicateResolution, ids: [] };
      group.ids.push(newIds[position] ?? "");
      byResolution.set(key, group);
    });
    for (const { resolution, ids: grouped } of byResolution.values()) await this.hooks.saved(tx, ctx, grouped, { created: true, ...(resolution ? { duplicateResolution: resolution } : {}) });
    const saved = new Map((await tx.select().from(persons).where(and(eq(persons.tenantId, ctx.tenantId), isAnyOf(persons.id, newIds)))).map((row) => [row.id, row]));
    const addresses = await addressesOf(tx, ctx.tenantId, newIds);
    const views = newIds.map((id) => {
      const row = saved.get(id);
      if (!row) throw new Error(`person ${id} vanished during its write`);
      return toPersonView(ctx, row, addresses.get(id) ?? []);
    });
    await recordAudits(tx, ctx, views.map((view) => ({ entity: "person", entityId: view.id, before: null, after: { ...view } })));
    await emitEvents(tx, ctx, views.map((view) => ({ type: "person.created", entity: "person", entityId: view.id })));
    return views;
  }

  async update(ctx: RequestContext, id: string, change: PersonChange): Promise<PersonView> {
    requirePermission(ctx, personPermissions.write);
    return this.write(ctx, async (tx) => {
      const [current] = await tx.select().from(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, id), withinScope(ctx.dataScope, persons))).for("update");
      const existing = checkVersion(current, change.version);
      const { version: _version, ...sent } = change;
      const input = { ...sent, ...changedCustomFields(existing.customFields, sent.customFields) };
      const before = (await addressesOf(tx, ctx.tenantId, [id])).get(id) ?? [];
      const values = await this.checked(tx, ctx, input, { row: existing, addresses: before });
      const { addresses, ...fields } = values;
      if (!changesStored(existing, fields) && (addresses === undefined || sameAddresses(before, addresses))) return toPersonView(ctx, existing, before);
      const merged = { ...existing, ...fields };
      const [row] = await tx
        .update(persons)
        .set({ ...fields, searchName: searchableName(merged.lastName, merged.firstName, merged.birthName), ...nextVersion(existing, ctx.userId) })
        .where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, id)))
        .returning();
      if (!row) throw notFound();
      const after = addresses ? await replaceAddresses(tx, ctx, id, addresses) : before;
      const previous = { ...toPersonView(ctx, existing, before) };
      await this.hooks.saved(tx, ctx, [id], { created: false, changedFields: changedFields(previous, { ...toPersonView(ctx, row, after) }) });
      const view = toPersonView(ctx, await rowAfterHooks(tx, ctx.tenantId, id), after);
      await recordAudit(tx, ctx, { entity: "person", entityId: id, before: previous, after: { ...view } });
      await emitEvent(tx, ctx, { type: "person.updated", entity: "person", entityId: id });
      return view;
    });
  }

  /** Refused with 409 person.in_use while another record refers to the person (a company's main contact or prescriber, a site's contact). */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, personPermissions.write);
    const removeFiles = await this.write(ctx, async (tx) => {
      const existing = await findPerson(tx, ctx, id);
      if (!existing) throw notFound();
      await this.hooks.deleting(tx, ctx, id);
      // Prescriptions and relations are informative: they go with the person; so do the attached files.
      await tx.update(persons).set({ prescriberPersonId: null }).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.prescriberPersonId, id)));
      await tx.delete(personRelations).where(and(eq(personRelations.tenantId, ctx.tenantId), or(eq(personRelations.personId, id), eq(personRelations.relatedPersonId, id))));
      const discarded = await this.attachments.discardAllIn(tx, ctx, id);
      await tx.delete(persons).where(and(eq(persons.tenantId, ctx.tenantId), eq(persons.id, id)));
      await recordAudit(tx, ctx, { entity: "person", entityId: id, before: { ...toPersonView(ctx, existing, []) }, after: null });
      await emitEvent(tx, ctx, { type: "person.deleted", entity: "person", entityId: id });
      return discarded;
    }).catch((error: unknown) => {
      throw violatedForeignKey(error) ? new Problem(409, "person.in_use") : error;
    });
    await removeFiles();
  }

  /** Not found, or merged into another record: a redirect to it when the reader may see that one, else 404 as any record out of sight (docs/domain/dedup.md). */
  private async missing(tx: Executor, reader: ScopedReader, id: string): Promise<Problem> {
    const successor = await this.hooks.successorOf(tx, reader.tenantId, id);
    if (!successor || !(await findPerson(tx, reader, successor))) return notFound();
    return new Problem(307, "person.merged", { headers: { location: `/api/v1/persons/${successor}` }, extensions: { mergedInto: successor } });
  }

  /**
   * Every check a write needs, field by field, in one problem: references, custom fields, sensitive
   * flags. `stored` is the person an update changes, with its addresses.
   */
  private async checked<T extends Partial<PersonInput>>(tx: Executor, ctx: RequestContext, input: T, stored?: { row: PersonRow; addresses: AddressRow[] }): Promise<Checked<T>> {
    const { values, errors } = checkPersonInput(input, dayInFrance());
    const category = input.category ?? stored?.row.category ?? "individual";
    errors.push(...professionalFieldErrors(category, stored ? professionalDataAfter(stored.row, stored.addresses, input) : input));
    errors.push(...(await personsOutOfSight(tx, ctx, ["prescriberPersonId"], input, stored?.row, "person.unknown_person")));
    if (input.originId && !(await originExists(tx, ctx.tenantId, input.originId))) errors.push({ path: "originId", code: "person.unknown_origin" });
    if (sensitiveFields.some((field) => input[field] !== undefined) && !hasPermission(ctx, personPermissions.writeSensitive)) {
      throw new Problem(403, "person.sensitive_forbidden", { errors: sensitiveFields.filter((field) => input[field] !== undefined).map((path) => ({ path, code: "person.sensitive_forbidden" })) });
    }
    for (const { field, table } of codedFields) {
      const code = input[field];
      if (code && (await unknownReferenceCodes(tx, ctx.tenantId, table, [code])).length > 0) errors.push({ path: field, code: "person.unknown_reference_value", params: { value: code } });
    }
    for (const code of await unknownReferenceCodes(tx, ctx.tenantId, "markers", input.markers ?? [])) {
      errors.push({ path: `markers.${(input.markers ?? []).indexOf(code)}`, code: "person.unknown_reference_value", params: { value: code } });
    }
    const { customFields: typedFields, ...others } = values;
    const customFields = typedFields ? validateCustomFieldValues(await this.customFields.definitionsFor(tx, ctx.tenantId, "person"), typedFields) : undefined;
    errors.push(...(customFields?.errors ?? []));
    if (errors.length > 0) throw new Problem(400, "validation.failed", { errors });
    return { ...others, ...(customFields ? { customFields: customFields.values } : {}) };
  }

  /** A write in a tenant transaction, with references to nothing reported on their field. */
  private async write<T>(ctx: RequestContext, work: (tx: Executor) => Promise<T>): Promise<T> {
    return withTenant(this.database, ctx, work).catch((error: unknown) => {
      const field = personFieldOfForeignKey(violatedForeignKey(error));
      throw field ? new Problem(400, "validation.failed", { errors: [field] }) : error;
    });
  }
}

/**
 * What the professional-only rule reads on an update. A change that makes a professional an
 * individual would otherwise leave the stored professional data (and professional address) on an
 * individual: they count unless the change clears or replaces them.
 */
function professionalDataAfter(existing: PersonRow, addresses: AddressRow[], change: Partial<PersonInput>): Partial<PersonInput> {
  if (existing.category !== "professional" || change.category === undefined || change.category === "professional") return change;
  const { professionalCompanyName, professionalEmail, professionalPhone, functions, madelinEligible, businessCreator } = existing;
  const stored = addresses.map(({ kind, lines, postalCode, city, country }) => ({ kind, lines, postalCode, city, country }));
  return { professionalCompanyName, professionalEmail, professionalPhone, functions, madelinEligible, businessCreator, addresses: stored, ...change };
}

/** A refusal of one of several inputs, its fields placed under the input's position. */
function atPosition(error: unknown, position: number): unknown {
  if (!(error instanceof Problem) || error.status !== 400) return error;
  return new Problem(400, "validation.failed", { errors: (error.options.errors ?? []).map((fieldError) => ({ ...fieldError, path: `${position}.${fieldError.path}` })) });
}

/** The person field a violated foreign key stands for, if it is one of a person's references. */
export function personFieldOfForeignKey(constraint: string | undefined): FieldError | undefined {
  if (constraint === personForeignKeys.origin) return { path: "originId", code: "person.unknown_origin" };
  if (constraint === personForeignKeys.prescriberPerson) return { path: "prescriberPersonId", code: "person.unknown_person" };
  return undefined;
}

/** Persons no longer name a deleted company as their prescriber (the column has no foreign key, see docs/domain/companies.md). */
export async function forgetPrescriberCompany(tx: Executor, tenantId: string, companyId: string): Promise<void> {
  await tx.update(persons).set({ prescriberCompanyId: null }).where(and(eq(persons.tenantId, tenantId), eq(persons.prescriberCompanyId, companyId)));
}

/** A person as the export writes it: its view, and the name of its origin. */
export type PersonExportRow = PersonView & { originName: string | null };

/** "Last First" of the persons of these ids within the reader's data scope (others are left out), by id. */
export async function personNamesIn(tx: Executor, reader: ScopedReader, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: persons.id, lastName: persons.lastName, firstName: persons.firstName })
    .from(persons)
    .where(and(eq(persons.tenantId, reader.tenantId), isAnyOf(persons.id, ids), withinScope(reader.dataScope, persons)));
  return new Map(rows.map((row) => [row.id, [row.lastName, row.firstName].filter(Boolean).join(" ")]));
}

/**
 * The fields of `sent` that newly name a person (another than `stored` holds) the reader cannot
 * see, each as a field error with `code`: out of their data scope is absent, as another tenant's is.
 */
export async function personsOutOfSight<F extends string>(
  tx: Executor,
  reader: ScopedReader,
  fields: readonly F[],
  sent: Partial<Record<F, string | null | undefined>>,
  stored: Partial<Record<F, string | null>> | undefined,
  code: string,
): Promise<FieldError[]> {
  const named = fields.flatMap((field) => {
    const personId = sent[field];
    return personId && personId !== stored?.[field] ? [{ field, personId }] : [];
  });
  const visible = await personNamesIn(tx, reader, named.map(({ personId }) => personId));
  return named.filter(({ personId }) => !visible.has(personId)).map(({ field }) => ({ path: field, code }));
}

/** A person of the tenant within the reader's data scope: out of scope reads as absent, as another tenant's does. */
export async function findPerson(tx: Executor, reader: ScopedReader, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx.select().from(persons).where(and(eq(persons.tenantId, reader.tenantId), eq(persons.id, id), withinScope(reader.dataScope, persons)));
  return row;
}

/** The row as the write hooks left it (they may have set its assignment). */
async function rowAfterHooks(tx: Executor, tenantId: string, id: string): Promise<PersonRow> {
  const row = await findPerson(tx, { tenantId, dataScope: allRecords }, id);
  if (!row) throw new Error(`person ${id} vanished during its write`);
  return row;
}

/** A new person's equipment flags and nature, when contracts already decide them (`createManyIn`). */
export interface PersonDerivedFields {
  coverageFlags: CoverageDomain[];
  nature: Nature;
}

/** What the organisation module derives a person's market, sector and assignment from: its category, its main address's postal code and its assignment so far. */
export type PersonAssignmentFacts = RecordAssignment & { category: PersonRow["category"]; postalCode: string | null };

/** The assignment facts of stored persons, by id; ids not in the base are left out. */
export async function personAssignmentFactsOf(tx: Executor, tenantId: string, ids: readonly string[]): Promise<Map<string, PersonAssignmentFacts>> {
  const rows = await tx
    .select({ id: persons.id, category: persons.category, introducerId: persons.introducerId, advisorId: persons.advisorId, assignmentSource: persons.assignmentSource, market: persons.market, sectorId: persons.sectorId, postalCode: personAddresses.postalCode })
    .from(persons)
    .leftJoin(personAddresses, and(eq(personAddresses.tenantId, persons.tenantId), eq(personAddresses.personId, persons.id), eq(personAddresses.kind, "main")))
    .where(and(eq(persons.tenantId, tenantId), isAnyOf(persons.id, ids)));
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}

/** Stores persons' assignments, each dated when its introducer or advisor changes; no version bump (it is not the record's content). */
export async function applyPersonAssignments(tx: Executor, tenantId: string, assignments: ReadonlyMap<string, RecordAssignment>): Promise<void> {
  await storeAssignments(tx, tenantId, persons, assignments);
}

async function addressesOf(tx: Executor, tenantId: string, personIds: string[]): Promise<Map<string, AddressRow[]>> {
  const byPerson = new Map<string, AddressRow[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await rowsByKey(tx, personAddresses, personAddresses.personId, tenantId, personIds);
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  return byPerson;
}

type KindedAddress = { kind: string; lines: string[]; postalCode: string; city: string; country: string };

/** Whether the addresses sent are the ones stored, kind by kind, as they would be stored (persons', companies'). */
export function sameAddresses(stored: readonly KindedAddress[], sent: ReadonlyArray<PostalAddressInput & { kind: string }>): boolean {
  const key = (kind: string, address: Omit<KindedAddress, "kind">) => JSON.stringify([kind, address.lines, address.postalCode, address.city, address.country]);
  const keys = (list: string[]) => JSON.stringify(list.sort());
  return keys(stored.map((row) => key(row.kind, row))) === keys(sent.map((address) => key(address.kind, storedAddress(address))));
}

/** Addresses are written as a whole: the ones sent replace the ones kept, each with its RNVP form. */
async function replaceAddresses(tx: Executor, ctx: RequestContext, personId: string, addresses: AddressInput[]): Promise<AddressRow[]> {
  await tx.delete(personAddresses).where(and(eq(personAddresses.tenantId, ctx.tenantId), eq(personAddresses.personId, personId)));
  if (addresses.length === 0) return [];
  return tx
    .insert(personAddresses)
    .values(addresses.map((address) => ({ tenantId: ctx.tenantId, personId, kind: address.kind, ...storedAddress(address), createdBy: ctx.userId, updatedBy: ctx.userId })))
    .returning();
}

/** The columns of `postalAddressColumns()` for an address as typed: trimmed, with its RNVP form. */
export function storedAddress(address: PostalAddressInput) {
  const normalised = normaliseAddress({ lines: address.lines, postalCode: address.postalCode, city: address.city, ...(address.country ? { country: address.country } : {}) });
  return {
    lines: address.lines,
    postalCode: address.postalCode.trim(),
    city: address.city.trim(),
    country: address.country?.trim() || "FR",
    normalisedLines: normalised.lines,
    normalisationStatus: normalised.status,
  };
}
