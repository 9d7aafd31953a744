import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { boundsInOrder, idParams, noContent, versionField, isoInstant } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { interactionExportColumns } from "./interactions-export.js";
import type { InteractionsService } from "./interactions-service.js";
import { interactionSortable } from "./interactions-service.js";
import { interactionPermissions } from "./permissions.js";
import { interactionStates } from "./schema.js";

const code = z.string().trim().min(1).max(60);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const completion = z.strictObject({
  endedAt: isoInstant.optional().describe("when it ended; now when left out (never in the future: interaction.ended_in_future)"),
  resultCode: code.describe("code of the tenant's reference table interaction_results"),
  report: optionalText(10_000),
});

const interactionFields = {
  type: code.describe("code of the tenant's reference table interaction_types (call_in, call_out, meeting, email, letter, sms, visit…)"),
  personId: z.uuid().nullable().optional(),
  companyId: z.uuid().nullable().optional(),
  advisorId: z.uuid().optional().describe("a user of the tenant; the caller when left out"),
  opportunityId: z.uuid().nullable().optional(),
  plannedAt: isoInstant,
  subject: z.string().trim().min(1).max(200),
  notes: optionalText(10_000),
};

const createBody = z.strictObject({
  ...interactionFields,
  completion: completion.optional().describe("given: the interaction is recorded as already done (a call logged after the fact)"),
});
const updateBody = z.strictObject({ ...z.object(interactionFields).partial().shape, version: versionField });

const interactionView = z.object({
  id: z.uuid(),
  type: z.string(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  companyId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  advisorId: z.uuid(),
  advisorName: z.string().nullable(),
  opportunityId: z.uuid().nullable(),
  plannedAt: z.string(),
  subject: z.string(),
  notes: z.string().nullable(),
  state: z.enum(interactionStates),
  endedAt: z.string().nullable(),
  resultCode: z.string().nullable(),
  report: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
});

const advisorFilter = z.union([z.literal("me"), z.uuid()]);
const filters = z.object({
  personId: z.uuid().optional(),
  companyId: z.uuid().optional(),
  opportunityId: z.uuid().optional(),
  advisorId: advisorFilter.optional().describe("a user's id, or `me`"),
  state: z.enum(interactionStates).optional(),
  type: code.optional(),
  from: isoInstant.optional().describe("planned at or after"),
  to: isoInstant.optional().describe("planned before"),
  overdue: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .describe("true: planned and already past"),
});

/**
 * A period filter whose end is not after its start selects nothing: said, on `to`, rather than an
 * empty list that reads « no interaction ».
 */
const periodInOrder = <T extends z.ZodType>(query: T) => boundsInOrder(query, { start: "from", end: "to", code: "interaction.agenda_range_reversed", inOrder: (from: Date, to: Date) => to.getTime() > from.getTime() });

export function registerInteractionRoutes(app: AppServer, interactions: InteractionsService): void {
  const tags = ["interactions"];
  app.get(
    "/api/v1/interactions",
    { config: { permission: interactionPermissions.read }, schema: { tags, summary: "Lister les interactions (filtres personne, entreprise, opportunité, conseiller, état, type, période, en retard)", querystring: periodInOrder(unsearchableListQuery({ sort: sortQuery(interactionSortable), ...filters.shape })), response: { 200: pageSchema(interactionView) } } },
    async (request) => interactions.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/interactions/export",
    { config: { permission: interactionPermissions.read }, schema: { tags, summary: "Exporter les interactions (CSV ou XLSX, mêmes filtres que la liste)", querystring: periodInOrder(filters.extend(exportFormatQuery.shape)) } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format, ...query } = request.query;
      const file = exportTable("interactions", "Interactions", interactionExportColumns, interactions.iterate(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get(
    "/api/v1/interactions/agenda",
    {
      config: { permission: interactionPermissions.read },
      schema: {
        tags,
        summary: "Agenda d'un conseiller : ses interactions prévues dans la période (un jour, une semaine ; 42 jours au plus)",
        querystring: z.object({ advisorId: advisorFilter.default("me"), from: isoInstant, to: isoInstant }),
        response: { 200: z.object({ items: z.array(interactionView) }) },
      },
    },
    async (request) => ({ items: await interactions.agenda(contextOf(request), request.query) }),
  );
  app.get(
    "/api/v1/interactions/reminders",
    { config: { permission: interactionPermissions.read }, schema: { tags, summary: "Rappels : les interactions planifiées de l'appelant dont la date est passée (nombre et les plus anciennes)", response: { 200: z.object({ count: z.number().int(), items: z.array(interactionView) }) } } },
    async (request) => interactions.reminders(contextOf(request)),
  );
  app.get("/api/v1/interactions/:id", { config: { permission: interactionPermissions.read }, schema: { tags, summary: "Lire une interaction", params: idParams, response: { 200: interactionView } } }, async (request) =>
    interactions.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/interactions",
    { config: { permission: interactionPermissions.write }, schema: { tags, summary: "Planifier une interaction, ou l'enregistrer déjà réalisée avec `completion`", body: createBody, response: { 201: interactionView } } },
    async (request, reply) => reply.status(201).send(await interactions.create(contextOf(request), request.body)),
  );
  app.patch("/api/v1/interactions/:id", { config: { permission: interactionPermissions.write }, schema: { tags, summary: "Modifier une interaction (planification, notes)", params: idParams, body: updateBody, response: { 200: interactionView } } }, async (request) =>
    interactions.update(contextOf(request), request.params.id, request.body),
  );
  app.post(
    "/api/v1/interactions/:id/complete",
    { config: { permission: interactionPermissions.write }, schema: { tags, summary: "Réaliser une interaction planifiée : fin, résultat, compte rendu (409 interaction.already_done si déjà réalisée)", params: idParams, body: completion, response: { 200: interactionView } } },
    async (request) => interactions.complete(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/interactions/:id", { config: { permission: interactionPermissions.write }, schema: { tags, summary: "Supprimer une interaction", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await interactions.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
