import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { CustomFieldsService } from "../reference-data/index.js";
import { AttachmentsService } from "./attachments-service.js";
import { PersonsService } from "./persons-service.js";
import { RelationsService } from "./relations-service.js";
import { registerPersonRoutes } from "./routes.js";

export { personPermissions } from "./permissions.js";
export { persons, personAddresses, natures, type Nature } from "./schema.js";
export type { PersonsService } from "./persons-service.js";
export type { PersonView } from "./person-view.js";
export { personsUseOrigin, personsUseReferenceValue } from "./usage-checks.js";
export { bulkInsertPersons, type PersonToLoad } from "./bulk-insert.js";

export interface PersonsModuleDependencies {
  database: Database;
  files: FileService;
  customFields: CustomFieldsService;
}

/** Natural persons with the tabs of their record: addresses (RNVP), profile, subscriptions, relations, attachments. */
export function registerPersonsModule(app: AppServer, deps: PersonsModuleDependencies): { persons: PersonsService } {
  const persons = new PersonsService(deps.database, deps.customFields);
  registerPersonRoutes(app, { persons, relations: new RelationsService(deps.database), attachments: new AttachmentsService(deps.database, deps.files) });
  return { persons };
}
