import { z } from "zod";
import { dataScopeLevels } from "../../platform/auth/data-scope.js";
import { permissionCatalogue } from "../../platform/auth/permissions.js";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { ApiKeysService } from "./api-keys-service.js";
import { apiKeySortable } from "./api-keys-service.js";
import type { RolesService } from "./roles-service.js";
import { roleSortable } from "./roles-service.js";
import { accessPermissions } from "./permissions.js";

const roleSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  permissions: z.array(z.string()),
  system: z.boolean(),
  dataScope: z.enum(dataScopeLevels),
  version: z.number().int(),
});

const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

const permissionList = z.array(z.string().min(3).max(100));

export function registerRolesRoutes(app: AppServer, roles: RolesService, apiKeys: ApiKeysService): void {
  app.get(
    "/api/v1/permissions",
    {
      // The catalogue names no one's rights: any signed-in caller may read it (the web app's role editor).
      config: { permission: null },
      schema: {
        tags: ["roles"],
        summary: "Catalogue des permissions (resource:action)",
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), group: z.string(), labelFr: z.string(), labelEn: z.string() })) }) },
      },
    },
    async () => ({ items: permissionCatalogue().map(({ code, group, fr, en }) => ({ code, group, labelFr: fr, labelEn: en })) }),
  );

  app.get("/api/v1/roles", { config: { permission: accessPermissions.roles }, schema: { tags: ["roles"], summary: "Lister les rôles", querystring: listQuerySchema.extend({ sort: sortQuery(roleSortable) }), response: { 200: pageSchema(roleSchema) } } }, async (request) =>
    roles.list(contextOf(request), request.query),
  );
  app.get("/api/v1/roles/:id", { config: { permission: accessPermissions.roles }, schema: { tags: ["roles"], summary: "Lire un rôle", params: idParams, response: { 200: roleSchema } } }, async (request) =>
    roles.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/roles",
    {
      config: { permission: accessPermissions.roles },
      schema: {
        tags: ["roles"],
        summary: "Créer un rôle",
        body: z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/), name: z.string().trim().min(1).max(100), description: z.string().max(500).nullish(), permissions: permissionList, dataScope: z.enum(dataScopeLevels).optional() }),
        response: { 201: roleSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await roles.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/roles/:id",
    {
      config: { permission: accessPermissions.roles },
      schema: {
        tags: ["roles"],
        summary: "Modifier un rôle",
        params: idParams,
        body: z.strictObject({ name: z.string().trim().min(1).max(100).optional(), description: z.string().max(500).nullish(), permissions: permissionList.optional(), dataScope: z.enum(dataScopeLevels).optional(), version: versionField }),
        response: { 200: roleSchema },
      },
    },
    async (request) => roles.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/roles/:id", { config: { permission: accessPermissions.roles }, schema: { tags: ["roles"], summary: "Supprimer un rôle non attribué", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await roles.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get("/api/v1/api-keys", { config: { permission: accessPermissions.apiKeys }, schema: { tags: ["api-keys"], summary: "Lister les clés d'API", querystring: listQuerySchema.extend({ sort: sortQuery(apiKeySortable) }), response: { 200: pageSchema(apiKeySchema) } } }, async (request) =>
    apiKeys.list(contextOf(request), request.query),
  );
  app.post(
    "/api/v1/api-keys",
    {
      config: { permission: accessPermissions.apiKeys, secretFields: ["key"] },
      schema: {
        tags: ["api-keys"],
        summary: "Créer une clé d'API (la clé n'est montrée qu'une fois)",
        body: z.object({ name: z.string().trim().min(1).max(100), permissions: permissionList.optional() }),
        response: { 201: apiKeySchema.extend({ key: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await apiKeys.create(contextOf(request), request.body)),
  );
  app.delete("/api/v1/api-keys/:id", { config: { permission: accessPermissions.apiKeys }, schema: { tags: ["api-keys"], summary: "Révoquer une clé d'API", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await apiKeys.revoke(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
