import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { SectorsService } from "./sectors-service.js";
import { sectorSortable } from "./sectors-service.js";
import { organisationPermissions } from "./permissions.js";

const sectorFields = {
  code: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  label: z.string().trim().min(1).max(200),
  departments: z.array(z.string().trim().toUpperCase()).max(200).optional(),
  postalCodes: z.array(z.string().trim()).max(5000).optional(),
};
const sectorView = z.object({ id: z.uuid(), code: z.string(), label: z.string(), departments: z.array(z.string()), postalCodes: z.array(z.string()), version: z.number().int() });

export function registerSectorsRoutes(app: AppServer, sectors: SectorsService): void {
  const tags = ["organisation"];
  app.get("/api/v1/sectors", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Lister les secteurs géographiques", querystring: listQuerySchema.extend({ sort: sortQuery(sectorSortable) }), response: { 200: pageSchema(sectorView) } } }, async (request) =>
    sectors.list(contextOf(request), request.query),
  );
  app.get("/api/v1/sectors/:id", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Lire un secteur", params: idParams, response: { 200: sectorView } } }, async (request) => sectors.get(contextOf(request), request.params.id));
  app.post(
    "/api/v1/sectors",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Créer un secteur (409 sector.overlap si un département ou code postal est déjà dans un autre)", body: z.strictObject(sectorFields), response: { 201: sectorView } } },
    async (request, reply) => reply.status(201).send(await sectors.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/sectors/:id",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Modifier un secteur", params: idParams, body: z.strictObject({ ...z.object(sectorFields).partial().shape, version: versionField }), response: { 200: sectorView } } },
    async (request) => sectors.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/sectors/:id", { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Supprimer un secteur", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await sectors.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
