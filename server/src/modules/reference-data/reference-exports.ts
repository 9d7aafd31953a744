import { z } from "zod";
import { sortQuery } from "../../platform/http/list-query.js";
import { exportTable, type ExportColumn } from "../../platform/http/table-export.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { allPages, listExportQuery, sendExport } from "../../platform/lists/list-export.js";
import { customFieldEntities, customFieldSortable, type CustomFieldsService, type CustomFieldView } from "./custom-fields-service.js";
import { tableParams } from "./reference-routes.js";
import { referenceValueSortable, type ReferenceValuesService, type ReferenceValueView } from "./reference-values-service.js";
import { referencePermissions } from "./permissions.js";

const valueColumns: ExportColumn<ReferenceValueView>[] = [
  { header: "code", value: (value) => value.code },
  { header: "libelle", value: (value) => value.labelFr, width: 36 },
  { header: "libelle_en", value: (value) => value.labelEn, width: 36 },
  { header: "ordre", value: (value) => value.sortOrder },
  { header: "actif", value: (value) => value.active },
];
const customFieldColumns: ExportColumn<CustomFieldView>[] = [
  { header: "objet", value: (field) => field.entity },
  { header: "cle", value: (field) => field.key },
  { header: "libelle", value: (field) => field.labelFr, width: 36 },
  { header: "libelle_en", value: (field) => field.labelEn, width: 36 },
  { header: "type", value: (field) => field.type },
  { header: "valeurs", value: (field) => field.listValues.join(", "), width: 40 },
  { header: "obligatoire", value: (field) => field.required },
  { header: "ordre", value: (field) => field.sortOrder },
  { header: "actif", value: (field) => field.active },
];

/** CSV and XLSX exports of a reference table's values and of the custom fields (streamed, same search and filters as the lists). */
export function registerReferenceExportRoutes(app: AppServer, services: { values: ReferenceValuesService; customFields: CustomFieldsService }): void {
  app.get(
    "/api/v1/reference-tables/:code/values/export",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags: ["reference-data"],
        summary: "Exporter les valeurs d'une table de référence (CSV ou XLSX)",
        params: tableParams,
        querystring: listExportQuery.extend({ sort: sortQuery(referenceValueSortable), includeInactive: z.enum(["true", "false"]).transform((value) => value === "true").optional() }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const { code } = request.params;
      const rows = await allPages((page, perPage) => services.values.listValues(contextOf(request), code, { ...query, page, perPage }));
      return sendExport(reply, exportTable(`valeurs-${code}`, code, valueColumns, rows, format));
    },
  );
  app.get(
    "/api/v1/custom-fields/export",
    { config: { permission: referencePermissions.read }, schema: { tags: ["custom-fields"], summary: "Exporter les champs complémentaires (CSV ou XLSX)", querystring: listExportQuery.extend({ sort: sortQuery(customFieldSortable), entity: z.enum(customFieldEntities).optional() }) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const rows = await allPages((page, perPage) => services.customFields.list(contextOf(request), { ...query, page, perPage }));
      return sendExport(reply, exportTable("champs-complementaires", "Champs complémentaires", customFieldColumns, rows, format));
    },
  );
}
