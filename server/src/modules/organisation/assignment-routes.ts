import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { multipartUpload, receiveUpload } from "../../platform/files/upload.js";
import { checkSort, listQuerySchema, pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { exportFormatQuery } from "../../platform/http/table-export.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { assignmentSources, markets } from "../../platform/records/assignment.js";
import { companySortable } from "../companies/index.js";
import { natures, personSortable } from "../persons/index.js";
import type { AssignmentRulesService } from "./assignment-rules-service.js";
import { assignmentRuleSortable } from "./assignment-rules-service.js";
import type { AssignmentRulesTransfer } from "./assignment-rules-transfer.js";
import type { AssignmentSettingsService } from "./assignment-settings.js";
import type { BulkReassignment } from "./bulk-reassignment.js";
import { assignmentTargetKinds, type AssignmentTargetKind } from "./assignment-targets.js";
import type { ManualAssignmentService } from "./manual-assignment.js";
import { organisationPermissions } from "./permissions.js";
import type { UnassignedQueue } from "./unassigned-queue.js";

const headcountBand = z.string().regex(/^(NN|\d{2})$/).nullable();
const settingsView = z.object({
  mode: z.enum(["manual", "automatic"]),
  level: z.enum(["introducer", "advisor"]),
  companiesInMdpro: z.boolean(),
  mdproMaxHeadcountBand: headcountBand,
  mdeFromHeadcountBand: headcountBand,
  version: z.number().int(),
});
/** `mode` and `level` (issue 6's body); the market thresholds kept as they are when left out; `version` as read, to refuse a stale write. */
const settingsBody = z.strictObject({
  ...settingsView.shape,
  companiesInMdpro: settingsView.shape.companiesInMdpro.optional(),
  mdproMaxHeadcountBand: settingsView.shape.mdproMaxHeadcountBand.optional(),
  mdeFromHeadcountBand: settingsView.shape.mdeFromHeadcountBand.optional(),
  version: settingsView.shape.version.optional(),
});

const postalCode = z.string().trim().regex(/^\d{5}$/);
const department = z.string().trim().toUpperCase().regex(/^(\d{2}|2[AB]|\d{3})$/);
const ruleFields = {
  market: z.enum(markets),
  postalCode: postalCode.nullable().optional(),
  department: department.nullable().optional(),
  introducerId: z.uuid(),
  advisorId: z.uuid().nullable().optional(),
};
const ruleFilters = z.object({ market: z.enum(markets).optional(), introducerId: z.uuid().optional(), department: department.optional(), postalCode: postalCode.optional() });
const ruleView = z.object({ id: z.uuid(), market: z.enum(markets), postalCode: z.string().nullable(), department: z.string().nullable(), introducerId: z.uuid(), advisorId: z.uuid().nullable(), version: z.number().int() });

const assignmentView = z.object({
  id: z.uuid(),
  market: z.enum(markets).nullable(),
  sectorId: z.uuid().nullable(),
  introducerId: z.uuid().nullable(),
  advisorId: z.uuid().nullable(),
  assignmentSource: z.enum(assignmentSources).nullable(),
});
const choiceBody = z.strictObject({ introducerId: z.uuid().optional(), advisorId: z.uuid().optional() });
/** The persons' or companies' list filters (those of the target), plus the assignment's. */
const bulkFilters = z.strictObject({
  q: z.string().trim().max(200).optional(),
  nature: z.enum(natures).optional(),
  category: z.enum(["individual", "professional"]).optional(),
  originId: z.uuid().optional(),
  marker: z.string().trim().min(1).max(60).optional(),
  postalCode: z.string().regex(/^\d{5}$/).optional(),
  nafCode: z.string().regex(/^\d{2}(\.\d{2}[A-Za-z])?$/).optional(),
  headcountBand: z.string().regex(/^(NN|\d{2})$/).optional(),
  customField: z.string().regex(/^[a-z][a-z0-9_]{0,59}:.{1,200}$/).optional(),
  introducerId: z.uuid().optional(),
  advisorId: z.uuid().optional(),
  unassigned: z.boolean().optional(),
});
const bulkBody = z.strictObject({ target: z.enum(assignmentTargetKinds), filters: bulkFilters, introducerId: z.uuid().optional(), advisorId: z.uuid().optional() });
const holder = z.object({ introducerId: z.uuid().nullable(), advisorId: z.uuid().nullable() });
const bulkPreview = z.object({ count: z.number().int(), sample: z.array(z.object({ id: z.uuid(), displayName: z.string(), from: holder, to: holder })) });

const unassignedItem = z.object({ target: z.enum(assignmentTargetKinds), id: z.uuid(), displayName: z.string(), market: z.enum(markets).nullable(), postalCode: z.string().nullable(), createdAt: z.string() });

export interface AssignmentServices {
  settings: AssignmentSettingsService;
  rules: AssignmentRulesService;
  transfer: AssignmentRulesTransfer;
  manual: ManualAssignmentService;
  unassigned: UnassignedQueue;
  bulk: BulkReassignment;
}

export function registerAssignmentRoutes(app: AppServer, services: AssignmentServices): void {
  const { settings, rules, transfer, manual, unassigned, bulk } = services;
  const tags = ["assignment"];

  app.get("/api/v1/settings/assignment", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Paramètres d'affectation du tenant (mode, niveau, marchés)", response: { 200: settingsView } } }, async (request) =>
    settings.get(contextOf(request)),
  );
  app.put("/api/v1/settings/assignment", { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Enregistrer les paramètres d'affectation", body: settingsBody, response: { 200: settingsView } } }, async (request) =>
    settings.put(contextOf(request), request.body),
  );

  app.get(
    "/api/v1/assignment-rules",
    {
      config: { permission: organisationPermissions.read },
      schema: {
        tags,
        summary: "Lister la table des affectations commerciales",
        querystring: unsearchableListQuery({ sort: sortQuery(assignmentRuleSortable), ...ruleFilters.shape }),
        response: { 200: pageSchema(ruleView) },
      },
    },
    async (request) => rules.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/assignment-rules/export",
    { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Exporter la table des affectations (CSV « ; » ou XLSX), au format de l'import, avec les filtres de la liste", querystring: ruleFilters.extend(exportFormatQuery.shape) } },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const file = transfer.export(contextOf(request), filters, format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.post(
    "/api/v1/assignment-rules/import",
    {
      config: { permission: organisationPermissions.write },
      schema: {
        tags,
        summary: "Importer la table des affectations (multipart, champ « file » : CSV ou XLSX, voir docs/interfaces/assignment-rules.md) ; en arrière-plan, avec un compte rendu par ligne",
        ...multipartUpload(["file"]),
        response: { 202: z.object({ jobId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(202).send(await transfer.start(ctx, await receiveUpload(request)));
    },
  );
  app.get("/api/v1/assignment-rules/:id", { config: { permission: organisationPermissions.read }, schema: { tags, summary: "Lire une règle d'affectation", params: idParams, response: { 200: ruleView } } }, async (request) => rules.get(contextOf(request), request.params.id));
  app.post(
    "/api/v1/assignment-rules",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Ajouter une règle (code postal ou département) ; 409 assignment_rule.duplicate si elle existe", body: z.strictObject(ruleFields), response: { 201: ruleView } } },
    async (request, reply) => reply.status(201).send(await rules.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/assignment-rules/:id",
    { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Modifier une règle d'affectation", params: idParams, body: z.strictObject({ ...z.object(ruleFields).partial().shape, version: versionField }), response: { 200: ruleView } } },
    async (request) => rules.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/assignment-rules/:id", { config: { permission: organisationPermissions.write }, schema: { tags, summary: "Supprimer une règle d'affectation", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await rules.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get(
    "/api/v1/assignments/unassigned",
    { config: { permission: organisationPermissions.read }, schema: { tags, summary: "File des prospects non affectés", querystring: listQuerySchema
          .extend({ target: z.enum(assignmentTargetKinds) })
          .superRefine((query, context) => checkSort(query.sort, query.target === "company" ? companySortable : personSortable, context)), response: { 200: pageSchema(unassignedItem) } } },
    async (request) => unassigned.list(contextOf(request), request.query.target, request.query),
  );

  app.post(
    "/api/v1/assignments/bulk/preview",
    { config: { permission: organisationPermissions.assign }, schema: { tags, summary: "Réaffectation en masse : combien de fiches les filtres retiennent, et un échantillon avant/après", body: bulkBody, response: { 200: bulkPreview } } },
    async (request) => bulk.preview(contextOf(request), request.body),
  );
  app.post(
    "/api/v1/assignments/bulk",
    { config: { permission: organisationPermissions.assign }, schema: { tags, summary: "Réaffectation en masse en arrière-plan (affectations manuelles, chacune tracée)", body: bulkBody, response: { 202: z.object({ jobId: z.uuid() }) } } },
    async (request, reply) => reply.status(202).send(await bulk.start(contextOf(request), request.body)),
  );

  for (const [collection, kind] of [["persons", "person"], ["companies", "company"]] as const satisfies ReadonlyArray<readonly [string, AssignmentTargetKind]>) {
    app.put(
      `/api/v1/${collection}/:id/assignment`,
      { config: { permission: organisationPermissions.assign }, schema: { tags, summary: "Affecter à la main (un conseiller apporte son apporteur) ; l'affectation devient manuelle", params: idParams, body: choiceBody, response: { 200: assignmentView } } },
      async (request) => manual.assign(contextOf(request), kind, request.params.id, request.body),
    );
    app.delete(
      `/api/v1/${collection}/:id/assignment`,
      { config: { permission: organisationPermissions.assign }, schema: { tags, summary: "Rendre l'affectation aux règles (réévaluée aussitôt)", params: idParams, response: { 200: assignmentView } } },
      async (request) => manual.release(contextOf(request), kind, request.params.id),
    );
  }
}
