import "./messages.js";
import "./record-references.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { CustomFieldsService } from "../reference-data/index.js";
import { AttachmentsService } from "./attachments-service.js";
import { CompetitorCoveragesService } from "./competitor-coverages-service.js";
import { personPermissions } from "./permissions.js";
import { findPerson, PersonsService } from "./persons-service.js";
import { RelationsService } from "./relations-service.js";
import { registerPersonRoutes } from "./routes.js";
import { personAttachments, personCompetitorCoverages } from "./schema.js";

export { personPermissions } from "./permissions.js";
export { persons, personAddresses, natures, type Nature, coverageDomains, type CoverageDomain, normalisationStatuses, postalAddressColumns, attachmentsTable, competitorCoveragesTable } from "./schema.js";
// The tabs' tables, for trusted bulk loads (demo seed) alongside bulkInsertPersons.
export { personAttachments, personCompetitorCoverages, personRelations } from "./schema.js";
export type { PersonDerivedFields, PersonsService } from "./persons-service.js";
export type { PersonView, AddressView } from "./person-view.js";
// The API's shapes, which the web app reads too (with PersonView above).
export type { RelationView } from "./relations-service.js";
export type { PersonInput, PostalAddressInput } from "./person-input.js";
// Shared with the other records (companies): search by name, addresses, attachments, references to persons.
export { searchableName } from "./person-search.js";
export { toAddressView } from "./person-view.js";
export { storedAddress, sameAddresses, personFieldOfForeignKey, forgetPrescriberCompany, personNamesIn, personsOutOfSight } from "./persons-service.js";
// The organisation module derives and stores the assignment of persons through these.
export { personAssignmentFactsOf, applyPersonAssignments, personSortable, type PersonAssignmentFacts } from "./persons-service.js";
// The contracts and opportunities modules store the equipment flags and the nature they derive.
export { applyPersonDerivedFields } from "./derived-fields.js";
// The contracts module relates the persons a contract covers.
export { relatePersonsIn, type PersonRelationInput } from "./relations-service.js";
export type { RelationType } from "./schema.js";
// Codes the web app lists too (with RelationType above).
export type { AddressKind, Civility, PersonCategory } from "./schema.js";
export type { PersonFilters } from "./person-filters.js";
export { AttachmentsService, attachmentViewSchema, type AttachmentOwner, type AttachmentView } from "./attachments-service.js";
export { CompetitorCoveragesService, type CoverageOwner, type CoverageView } from "./competitor-coverages-service.js";
export { registerCompetitorCoverageRoutes } from "./competitor-coverage-routes.js";
export { registerAttachmentRoutes } from "./attachment-routes.js";
export { personCreateBody } from "./routes.js";
export { personsUseOrigin, personsUseReferenceValue } from "./usage-checks.js";
export { bulkInsertPersons, type PersonToLoad } from "./bulk-insert.js";

export interface PersonsModuleDependencies {
  database: Database;
  files: FileService;
  customFields: CustomFieldsService;
}

/** Natural persons with the tabs of their record: addresses (RNVP), profile, subscriptions, competitor coverage, relations, attachments. */
export function registerPersonsModule(app: AppServer, deps: PersonsModuleDependencies): { persons: PersonsService } {
  const owner = {
    entity: "person",
    permissions: { read: personPermissions.read, write: personPermissions.write },
    exists: async (tx: Executor, reader: ScopedReader, id: string) => (await findPerson(tx, reader, id)) !== undefined,
  };
  const attachments = new AttachmentsService(deps.database, deps.files, { ...owner, table: personAttachments });
  const persons = new PersonsService(deps.database, deps.customFields, attachments);
  registerPersonRoutes(app, {
    persons,
    relations: new RelationsService(deps.database),
    attachments,
    coverages: new CompetitorCoveragesService(deps.database, { ...owner, table: personCompetitorCoverages }),
  });
  return { persons };
}
