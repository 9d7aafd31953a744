import { z } from "zod";
import { listQuerySchema, pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { GuaranteesService } from "./guarantees-service.js";
import { guaranteeSortable } from "./guarantees-service.js";
import type { RangesService } from "./ranges-service.js";
import { rangeSortable } from "./ranges-service.js";
import { contractTypes, domains, rangeTypes } from "./schema.js";
import { cataloguePermissions } from "./permissions.js";

export const catalogueCode = z.string().trim().regex(/^[A-Za-z0-9_.-]{1,60}$/);
export const catalogueLabel = z.string().trim().min(1).max(200);
export const referenceCode = z.string().trim().min(1).max(60);
export const booleanFilter = z.enum(["true", "false"]).transform((value) => value === "true");

const rangeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string(),
  domain: z.enum(domains),
  productFamily: z.string().nullable().describe("Code of the tenant's product_families reference table"),
  contractType: z.enum(contractTypes),
  rangeType: z.enum(rangeTypes),
  designers: z.array(z.string()).describe("Codes of the product_designers reference table"),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});

const rangeFields = {
  label: catalogueLabel,
  domain: z.enum(domains),
  productFamily: referenceCode.nullable().optional(),
  contractType: z.enum(contractTypes),
  rangeType: z.enum(rangeTypes),
  designers: z.array(referenceCode).max(20).optional(),
  active: z.boolean().optional(),
};

const guaranteeSchema = z.object({
  id: z.uuid(),
  rangeId: z.uuid(),
  coverageModule: z.string().describe("Code of the coverage_modules reference table (hospital, routine_care, optical, dental, hearing…)"),
  code: z.string(),
  label: z.string(),
  sortOrder: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export function registerRangeRoutes(app: AppServer, ranges: RangesService, guarantees: GuaranteesService): void {
  const tags = ["catalogue"];
  app.get(
    "/api/v1/ranges",
    {
      config: { permission: cataloguePermissions.read },
      schema: {
        tags,
        summary: "Lister les gammes",
        querystring: listQuerySchema.extend({ sort: sortQuery(rangeSortable), domain: z.enum(domains).optional(), contractType: z.enum(contractTypes).optional(), rangeType: z.enum(rangeTypes).optional(), active: booleanFilter.optional() }),
        response: { 200: pageSchema(rangeSchema) },
      },
    },
    async (request) => ranges.list(contextOf(request), request.query),
  );
  app.get("/api/v1/ranges/:id", { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Lire une gamme", params: idParams, response: { 200: rangeSchema } } }, async (request) =>
    ranges.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/ranges",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Créer une gamme", body: z.object({ code: catalogueCode, ...rangeFields }), response: { 201: rangeSchema } } },
    async (request, reply) => reply.status(201).send(await ranges.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/ranges/:id",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Modifier une gamme", params: idParams, body: z.strictObject(rangeFields).partial().extend({ version: versionField }), response: { 200: rangeSchema } } },
    async (request) => ranges.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/ranges/:id", { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Supprimer une gamme sans produit", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await ranges.delete(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get(
    "/api/v1/guarantees",
    {
      config: { permission: cataloguePermissions.read },
      schema: {
        tags,
        summary: "Lister les garanties (d'une gamme avec rangeId)",
        querystring: unsearchableListQuery({ sort: sortQuery(guaranteeSortable), rangeId: z.uuid().optional(), coverageModule: referenceCode.optional() }),
        response: { 200: pageSchema(guaranteeSchema) },
      },
    },
    async (request) => guarantees.list(contextOf(request), request.query),
  );
  app.get("/api/v1/guarantees/:id", { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Lire une garantie", params: idParams, response: { 200: guaranteeSchema } } }, async (request) =>
    guarantees.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/guarantees",
    {
      config: { permission: cataloguePermissions.write },
      schema: {
        tags,
        summary: "Ajouter une garantie à une gamme",
        body: z.object({ rangeId: z.uuid(), coverageModule: referenceCode, code: catalogueCode, label: catalogueLabel, sortOrder: z.number().int().min(0).max(10_000).optional() }),
        response: { 201: guaranteeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await guarantees.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/guarantees/:id",
    {
      config: { permission: cataloguePermissions.write },
      schema: {
        tags,
        summary: "Modifier une garantie",
        params: idParams,
        body: z.strictObject({ coverageModule: referenceCode.optional(), label: catalogueLabel.optional(), sortOrder: z.number().int().min(0).max(10_000).optional(), version: versionField }),
        response: { 200: guaranteeSchema },
      },
    },
    async (request) => guarantees.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/guarantees/:id", { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Supprimer une garantie", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await guarantees.delete(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
