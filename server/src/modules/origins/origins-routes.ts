import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { multipartUpload, receiveUpload } from "../../platform/files/upload.js";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { boundsInOrder, idParams, isoDay, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery } from "../../platform/http/table-export.js";
import { exportOrigins } from "./origins-export.js";
import type { OriginsImport } from "./origins-import.js";
import type { OriginsService } from "./origins-service.js";
import { originSortable } from "./origins-service.js";
import { originPermissions } from "./permissions.js";
import { checkOriginDates, LABEL_MAX, MAX_COST_CENTS, ORIGIN_CODE_PATTERN } from "./origin-values.js";
import { originKinds } from "./schema.js";

const label = z.string().trim().min(1).max(LABEL_MAX);
const kind = z.enum(originKinds);
const costCents = z.number().int().min(0).max(MAX_COST_CENTS);

const originSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  kind,
  startDate: z.string().nullable().describe("ISO date YYYY-MM-DD"),
  endDate: z.string().nullable().describe("ISO date YYYY-MM-DD"),
  costCents: z.number().int().nullable().describe("Cost of the operation in euro cents"),
  active: z.boolean(),
  system: z.boolean().describe("Used by the interfaces: read-only"),
  version: z.number().int(),
  updatedAt: z.string(),
});

const filters = {
  kind: kind.optional(),
  active: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
};

const editable = {
  labelEn: label.nullable().optional(),
  startDate: isoDay.nullable().optional(),
  endDate: isoDay.nullable().optional(),
  costCents: costCents.nullable().optional(),
  active: z.boolean().optional(),
};

/** An operation may end on the day it starts, not before. */
const datesInOrder = <T extends z.ZodType>(body: T) => boundsInOrder(body, { start: "startDate", end: "endDate", code: "origin.end_before_start", inOrder: (start: string, end: string) => checkOriginDates(start, end).length === 0 });

export function registerOriginsRoutes(app: AppServer, service: OriginsService, importer: OriginsImport): void {
  const tags = ["origins"];

  app.get(
    "/api/v1/origins",
    { config: { permission: originPermissions.read }, schema: { tags, summary: "Lister les origines marketing", querystring: listQuerySchema.extend({ sort: sortQuery(originSortable), ...filters }), response: { 200: pageSchema(originSchema) } } },
    async (request) => service.list(contextOf(request), request.query),
  );

  app.get(
    "/api/v1/origins/export",
    {
      config: { permission: originPermissions.read },
      schema: {
        tags,
        summary: "Exporter les origines (CSV séparé par « ; » ou XLSX), avec la recherche, les filtres et le tri de la liste",
        querystring: z.object({ q: listQuerySchema.shape.q, sort: sortQuery(originSortable), ...filters, ...exportFormatQuery.shape }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = exportOrigins(service, contextOf(request), query, format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );

  app.post(
    "/api/v1/origins/import",
    {
      config: { permission: originPermissions.write },
      schema: {
        tags,
        summary: "Importer des origines (multipart, champ « file » : CSV ou XLSX, voir docs/interfaces/origins-import.md) ; mise à jour par code, en arrière-plan",
        ...multipartUpload(["file"]),
        response: { 202: z.object({ jobId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(202).send(await importer.start(ctx, await receiveUpload(request)));
    },
  );

  app.get("/api/v1/origins/:id", { config: { permission: originPermissions.read }, schema: { tags, summary: "Lire une origine", params: idParams, response: { 200: originSchema } } }, async (request) =>
    service.get(contextOf(request), request.params.id),
  );

  app.post(
    "/api/v1/origins",
    {
      config: { permission: originPermissions.write },
      schema: {
        tags,
        summary: "Créer une origine",
        body: datesInOrder(z.object({ code: z.string().trim().regex(ORIGIN_CODE_PATTERN), label, kind, ...editable })),
        response: { 201: originSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(contextOf(request), request.body)),
  );

  app.patch(
    "/api/v1/origins/:id",
    {
      config: { permission: originPermissions.write },
      schema: {
        tags,
        summary: "Modifier, désactiver ou réactiver une origine (les origines système sont en lecture seule)",
        params: idParams,
        body: datesInOrder(z.strictObject({ label: label.optional(), kind: kind.optional(), ...editable, version: versionField })),
        response: { 200: originSchema },
      },
    },
    async (request) => service.update(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/v1/origins/:id",
    { config: { permission: originPermissions.write }, schema: { tags, summary: "Supprimer une origine jamais utilisée (sinon la désactiver)", params: idParams, response: { 204: noContent } } },
    async (request, reply) => {
      await service.delete(contextOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
