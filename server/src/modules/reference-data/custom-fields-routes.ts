import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { customFieldEntities, type CustomFieldsService, customFieldSortable } from "./custom-fields-service.js";
import { customFieldTypes } from "./schema.js";
import { referencePermissions } from "./permissions.js";

const label = z.string().trim().min(1).max(200);
const listValues = z.array(z.string().trim().min(1).max(200)).max(500);

const customFieldSchema = z.object({
  id: z.uuid(),
  entity: z.string(),
  key: z.string(),
  labelFr: z.string(),
  labelEn: z.string(),
  type: z.enum(customFieldTypes),
  listValues: z.array(z.string()),
  required: z.boolean(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});

export function registerCustomFieldsRoutes(app: AppServer, fields: CustomFieldsService): void {
  const tags = ["custom-fields"];
  app.get(
    "/api/v1/custom-fields",
    { config: { permission: referencePermissions.read }, schema: { tags, summary: "Lister les champs complémentaires", querystring: listQuerySchema.extend({ sort: sortQuery(customFieldSortable), entity: z.enum(customFieldEntities).optional() }), response: { 200: pageSchema(customFieldSchema) } } },
    async (request) => fields.list(contextOf(request), request.query),
  );
  app.get("/api/v1/custom-fields/:id", { config: { permission: referencePermissions.read }, schema: { tags, summary: "Lire un champ complémentaire", params: idParams, response: { 200: customFieldSchema } } }, async (request) =>
    fields.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/custom-fields",
    {
      config: { permission: referencePermissions.customFields },
      schema: {
        tags,
        summary: "Créer un champ complémentaire",
        body: z.object({
          entity: z.enum(customFieldEntities),
          key: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/),
          labelFr: label,
          labelEn: label,
          type: z.enum(customFieldTypes),
          listValues: listValues.optional(),
          required: z.boolean().optional(),
          sortOrder: z.number().int().min(0).max(100000).optional(),
        }),
        response: { 201: customFieldSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await fields.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/custom-fields/:id",
    {
      config: { permission: referencePermissions.customFields },
      schema: {
        tags,
        summary: "Modifier ou désactiver un champ complémentaire (clé, entité et type sont figés)",
        params: idParams,
        body: z.strictObject({
          labelFr: label.optional(),
          labelEn: label.optional(),
          listValues: listValues.optional(),
          required: z.boolean().optional(),
          active: z.boolean().optional(),
          sortOrder: z.number().int().min(0).max(100000).optional(),
          version: versionField,
        }),
        response: { 200: customFieldSchema },
      },
    },
    async (request) => fields.update(contextOf(request), request.params.id, request.body),
  );
}
