import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { AdvisorsService } from "./advisors-service.js";
import type { IntroducersService } from "./introducers-service.js";
import { introducerSortable } from "./introducers-service.js";
import { introducerKinds } from "./schema.js";
import { organisationPermissions } from "./permissions.js";

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const address = z.strictObject({ lines: z.array(z.string().trim().max(200)).max(5), postalCode: z.string().trim().min(1).max(10), city: z.string().trim().min(1).max(100) });

const introducerFields = {
  kind: z.enum(introducerKinds),
  name: z.string().trim().min(1).max(200),
  code: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  address: address.nullable().optional(),
  phone: optionalText(40),
  email: z.email().max(320).nullable().optional(),
  contactName: optionalText(200),
  oriasNumber: z.string().trim().max(20).nullable().optional().describe("8 digits, brokers only (introducer.invalid_orias)"),
  active: z.boolean().optional(),
};

const introducerView = z.object({
  id: z.uuid(),
  kind: z.enum(introducerKinds),
  name: z.string(),
  code: z.string(),
  address: z.object({ lines: z.array(z.string()), postalCode: z.string(), city: z.string() }).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  contactName: z.string().nullable(),
  oriasNumber: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const advisorView = z.object({ userId: z.uuid(), displayName: z.string(), email: z.string(), since: z.string() });
const membershipView = z.object({ id: z.uuid(), introducerId: z.uuid(), introducerName: z.string(), introducerCode: z.string(), startedAt: z.string(), endedAt: z.string().nullable() });

export function registerIntroducersRoutes(app: AppServer, introducers: IntroducersService, advisors: AdvisorsService): void {
  const tags = ["organisation"];
  app.get(
    "/api/v1/introducers",
    {
      config: { permission: organisationPermissions.read },
      schema: {
        tags,
        summary: "Lister les apporteurs (agences, siège, cabinets de courtage)",
        querystring: listQuerySchema.extend({ sort: sortQuery(introducerSortable), kind: z.enum(introducerKinds).optional(), active: z.enum(["true", "false"]).transform((value) => value === "true").optional() }),
        response: { 200: pageSchema(introducerView) },
      },
    },
    async (request) => introducers.list(contextOf(request), request.query),
  );
  app.get("/api/v1/introducers/:id", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Lire un apporteur", params: idParams, response: { 200: introducerView } } }, async (request) =>
    introducers.get(contextOf(request), request.params.id),
  );
  app.post("/api/v1/introducers", { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Créer un apporteur", body: z.strictObject(introducerFields), response: { 201: introducerView } } }, async (request, reply) =>
    reply.status(201).send(await introducers.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/introducers/:id",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Modifier ou désactiver un apporteur", params: idParams, body: z.strictObject({ ...z.object(introducerFields).partial().shape, version: versionField }), response: { 200: introducerView } } },
    async (request) => introducers.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/introducers/:id", { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Supprimer un apporteur inutilisé (409 introducer.in_use sinon)", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await introducers.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get("/api/v1/introducers/:id/advisors", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Conseillers rattachés aujourd'hui à l'apporteur", params: idParams, response: { 200: z.object({ items: z.array(advisorView) }) } } }, async (request) => ({
    items: await advisors.listCurrent(contextOf(request), request.params.id),
  }));
  app.post(
    "/api/v1/introducers/:id/advisors",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Rattacher un utilisateur à l'apporteur (le détache de son apporteur précédent)", params: idParams, body: z.strictObject({ userId: z.uuid() }), response: { 201: advisorView } } },
    async (request, reply) => reply.status(201).send(await advisors.attach(contextOf(request), request.params.id, request.body.userId)),
  );
  app.delete(
    "/api/v1/introducers/:id/advisors/:userId",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Détacher un conseiller de l'apporteur", params: z.object({ id: z.uuid(), userId: z.uuid() }), response: { 204: noContent } } },
    async (request, reply) => {
      await advisors.detach(contextOf(request), request.params.id, request.params.userId);
      return reply.status(204).send();
    },
  );
  app.get("/api/v1/users/:id/memberships", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Historique des rattachements d'un utilisateur à des apporteurs", params: idParams, response: { 200: z.object({ items: z.array(membershipView) }) } } }, async (request) => ({
    items: await advisors.memberships(contextOf(request), request.params.id),
  }));
}
