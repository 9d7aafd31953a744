import "./messages.js";
import "./record-references.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import { AttachmentsService, CompetitorCoveragesService, type PersonsService } from "../persons/index.js";
import type { CustomFieldsService } from "../reference-data/index.js";
import { CompaniesService, findCompany } from "./companies-service.js";
import { CompanyPersonsService } from "./company-persons-service.js";
import { DemographyService } from "./demography-service.js";
import { companyPermissions } from "./permissions.js";
import { CompanyRelationsService } from "./relations-service.js";
import { registerCompanyRoutes } from "./routes.js";
import { companyAttachments, companyCompetitorCoverages } from "./schema.js";
import { CompanySitesService } from "./sites-service.js";
import { prescriberCompanyCheck } from "./prescriber-check.js";
import { registerCompanyTabRoutes } from "./tab-routes.js";

export { companyPermissions } from "./permissions.js";
export { companies, companyAddresses, companyPersons, companyPersonRoles, type CompanyPersonRole } from "./schema.js";
// The tabs' tables, for trusted bulk loads (demo seed) alongside bulkInsertCompanies.
export { companyAttachments, companyCompetitorCoverages, companyRelations, type CompanyRelationType } from "./schema.js";
export type { CompaniesService } from "./companies-service.js";
// The organisation module derives and stores the assignment of companies through these.
export { companyAssignmentFactsOf, applyCompanyAssignments, companySortable, type CompanyAssignmentFacts } from "./companies-service.js";
// The contracts and opportunities modules store the equipment flags and the nature they derive.
export { applyCompanyDerivedFields } from "./derived-fields.js";
export type { CompanyCreateInput } from "./company-input.js";
export type { CompanyFilters } from "./company-filters.js";
// The API's shapes, which the web app reads too.
export type { CompanyView } from "./company-view.js";
export type { CompanyPersonView } from "./company-persons-service.js";
export type { DemographyView } from "./demography-service.js";
export type { CompanyRelationView } from "./relations-service.js";
export type { SiteView } from "./sites-service.js";
// Codes the web app lists too (with CompanyPersonRole and CompanyRelationType above).
export type { CompanyAddressKind } from "./schema.js";
export { companiesUseOrigin, companiesUseReferenceValue } from "./usage-checks.js";
export { bulkInsertCompanies, type CompanyToLoad } from "./bulk-insert.js";
export { sirenExemptLegalForms } from "./company-input.js";

export interface CompaniesModuleDependencies {
  database: Database;
  files: FileService;
  customFields: CustomFieldsService;
  /** A company's main contact may be created with it, in the same transaction. */
  persons: PersonsService;
}

/**
 * Legal persons with the tabs of their record: addresses (RNVP), profile, administrative data
 * (NAF, IDCC, HDS), relations, attachments, persons, sites, demography, competitor coverage.
 */
export function registerCompaniesModule(app: AppServer, deps: CompaniesModuleDependencies): { companies: CompaniesService } {
  const owner = {
    entity: "company",
    permissions: { read: companyPermissions.read, write: companyPermissions.write },
    exists: async (tx: Executor, reader: ScopedReader, id: string) => (await findCompany(tx, reader, id)) !== undefined,
  };
  const attachments = new AttachmentsService(deps.database, deps.files, { ...owner, table: companyAttachments });
  const companies = new CompaniesService(deps.database, deps.customFields, deps.persons, attachments);
  // Registered before the duplicates module's entry check: a field error answers before a suspected duplicate.
  deps.persons.hooks.register(prescriberCompanyCheck);
  registerCompanyRoutes(app, companies);
  registerCompanyTabRoutes(app, {
    companies,
    relations: new CompanyRelationsService(deps.database),
    attachments,
    persons: new CompanyPersonsService(deps.database),
    sites: new CompanySitesService(deps.database),
    demography: new DemographyService(deps.database, attachments),
    coverages: new CompetitorCoveragesService(deps.database, { ...owner, table: companyCompetitorCoverages }),
  });
  return { companies };
}
