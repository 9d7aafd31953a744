import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { ReferenceValuesService } from "./reference-values-service.js";
import { referenceValueSortable } from "./reference-values-service.js";
import { referenceTableSortable } from "./reference-values-service.js";
import { referencePermissions } from "./permissions.js";

export const tableParams = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/) });
const valueParams = tableParams.extend({ id: z.uuid() });
const label = z.string().trim().min(1).max(200);

const tableSchema = z.object({ code: z.string(), labelFr: z.string(), labelEn: z.string(), valueCount: z.number().int() });
const valueSchema = z.object({
  id: z.uuid(),
  tableCode: z.string(),
  code: z.string(),
  labelFr: z.string(),
  labelEn: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});

export function registerReferenceRoutes(app: AppServer, values: ReferenceValuesService): void {
  const tags = ["reference-data"];
  app.get("/api/v1/reference-tables", { config: { permission: referencePermissions.read }, schema: { tags, summary: "Lister les tables de référence", querystring: listQuerySchema.extend({ sort: sortQuery(referenceTableSortable) }), response: { 200: pageSchema(tableSchema) } } }, async (request) =>
    values.listTables(contextOf(request), request.query),
  );

  app.get(
    "/api/v1/reference-tables/:code/values",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags,
        summary: "Valeurs d'une table de référence (actives seulement, sauf includeInactive=true)",
        params: tableParams,
        querystring: listQuerySchema.extend({ sort: sortQuery(referenceValueSortable), includeInactive: z.enum(["true", "false"]).transform((value) => value === "true").optional() }),
        response: { 200: pageSchema(valueSchema) },
      },
    },
    async (request) => values.listValues(contextOf(request), request.params.code, request.query),
  );

  app.get("/api/v1/reference-tables/:code/values/:id", { config: { permission: referencePermissions.read }, schema: { tags, summary: "Lire une valeur", params: valueParams, response: { 200: valueSchema } } }, async (request) =>
    values.getValue(contextOf(request), request.params.code, request.params.id),
  );

  app.post(
    "/api/v1/reference-tables/:code/values",
    {
      config: { permission: referencePermissions.write },
      schema: {
        tags,
        summary: "Ajouter une valeur",
        params: tableParams,
        body: z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/), labelFr: label, labelEn: label, sortOrder: z.number().int().min(0).max(100000).optional() }),
        response: { 201: valueSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await values.createValue(contextOf(request), request.params.code, request.body)),
  );

  app.patch(
    "/api/v1/reference-tables/:code/values/:id",
    {
      config: { permission: referencePermissions.write },
      schema: {
        tags,
        summary: "Modifier, désactiver ou réactiver une valeur",
        params: valueParams,
        body: z.strictObject({ labelFr: label.optional(), labelEn: label.optional(), active: z.boolean().optional(), sortOrder: z.number().int().min(0).max(100000).optional(), version: versionField }),
        response: { 200: valueSchema },
      },
    },
    async (request) => values.updateValue(contextOf(request), request.params.code, request.params.id, request.body),
  );

  app.delete(
    "/api/v1/reference-tables/:code/values/:id",
    { config: { permission: referencePermissions.write }, schema: { tags, summary: "Supprimer une valeur jamais utilisée (sinon la désactiver)", params: valueParams, response: { 204: noContent } } },
    async (request, reply) => {
      await values.deleteValue(contextOf(request), request.params.code, request.params.id);
      return reply.status(204).send();
    },
  );
}
