import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, localeSchema, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { UsersService } from "./users-service.js";
import { userSortable } from "./users-service.js";
import { accessPermissions } from "./permissions.js";

const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  locale: localeSchema,
  roleIds: z.array(z.uuid()),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

/** A password a person chooses: long rather than complicated (ANSSI, CNIL guidance). */
export const chosenPassword = z.string().min(12).max(200);

export function registerUsersRoutes(app: AppServer, users: UsersService): void {
  const tags = ["users"];
  app.get(
    "/api/v1/users",
    {
      config: { permission: accessPermissions.users },
      schema: {
        tags,
        summary: "Lister les utilisateurs",
        querystring: listQuerySchema.extend({ sort: sortQuery(userSortable), active: z.enum(["true", "false"]).transform((value) => value === "true").optional() }),
        response: { 200: pageSchema(userSchema) },
      },
    },
    async (request) => users.list(contextOf(request), request.query),
  );

  app.get("/api/v1/users/:id", { config: { permission: accessPermissions.users }, schema: { tags, summary: "Lire un utilisateur", params: idParams, response: { 200: userSchema } } }, async (request) =>
    users.get(contextOf(request), request.params.id),
  );

  app.post(
    "/api/v1/users",
    {
      config: { permission: accessPermissions.users, secretFields: ["temporaryPassword"] },
      schema: {
        tags,
        summary: "Créer un utilisateur (mot de passe temporaire généré s'il n'est pas donné)",
        body: z.object({
          email: z.email().max(320),
          displayName: z.string().trim().min(1).max(200),
          password: chosenPassword.optional(),
          roleIds: z.array(z.uuid()).default([]),
          locale: localeSchema.default("fr"),
        }),
        response: { 201: userSchema.extend({ temporaryPassword: z.string().optional() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await users.create(contextOf(request), request.body)),
  );

  app.patch(
    "/api/v1/users/:id",
    {
      config: { permission: accessPermissions.users },
      schema: {
        tags,
        summary: "Modifier, désactiver ou réactiver un utilisateur",
        params: idParams,
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(200).optional(),
          active: z.boolean().optional(),
          roleIds: z.array(z.uuid()).optional(),
          locale: localeSchema.optional(),
          version: versionField,
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => users.update(contextOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/users/:id/reset-password",
    {
      config: { permission: accessPermissions.users, secretFields: ["temporaryPassword"] },
      schema: { tags, summary: "Réinitialiser le mot de passe (mot de passe temporaire affiché une fois)", params: idParams, response: { 200: z.object({ temporaryPassword: z.string() }) } },
    },
    async (request) => users.resetPassword(contextOf(request), request.params.id),
  );
}
