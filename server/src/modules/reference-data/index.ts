import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { AppServer } from "../../platform/http/server.js";
import { CustomFieldsService } from "./custom-fields-service.js";
import { registerCustomFieldsRoutes } from "./custom-fields-routes.js";
import { ReferenceValuesService } from "./reference-values-service.js";
import { registerReferenceExportRoutes } from "./reference-exports.js";
import { registerReferenceRoutes } from "./reference-routes.js";
import { registerReferentialsRoutes } from "./referentials-routes.js";

export { referencePermissions } from "./permissions.js";
export { installReferenceTables } from "./tenant-setup.js";
export { referenceLabels, unknownReferenceCodes } from "./reference-codes.js";
export { changedCustomFields, validateCustomFieldValues, type CustomFieldDefinition, type CustomFieldValue } from "./custom-field-values.js";
export type { CustomFieldsService, CustomFieldEntity } from "./custom-fields-service.js";
export { customFieldColumns } from "./custom-field-columns.js";
export { findCommunes, normaliseText, searchPostalCodes, headcountBands, type PostalCodeEntry } from "./referentials/index.js";
export { searchNaf, searchIdcc, type NafEntry, type IdccEntry, type HeadcountBand, type HeadcountBandCode } from "./referentials/index.js";
export type { ReferenceValuesService, ReferenceUsageCheck } from "./reference-values-service.js";
// The API's shapes, which the web app reads too.
export type { ReferenceTableView, ReferenceValueView } from "./reference-values-service.js";
export type { CustomFieldView } from "./custom-fields-service.js";
// Codes the web app lists too (with CustomFieldEntity above).
export type { CustomFieldType } from "./schema.js";

export interface ReferenceDataModule {
  values: ReferenceValuesService;
  customFields: CustomFieldsService;
}

/** Per-tenant reference tables, custom fields and the French referentials (NAF, IDCC, postal codes, headcount bands). */
export function registerReferenceDataModule(app: AppServer, database: Database): ReferenceDataModule {
  const values = new ReferenceValuesService(database);
  const customFields = new CustomFieldsService(database);
  registerReferenceRoutes(app, values);
  registerCustomFieldsRoutes(app, customFields);
  registerReferenceExportRoutes(app, { values, customFields });
  registerReferentialsRoutes(app);
  return { values, customFields };
}
