import { z } from "zod";
import { assignmentFilterFields, assignmentViewFields } from "../../platform/records/assignment.js";
import { hasPermission } from "../../platform/auth/context.js";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay, noContent, versionField } from "../../platform/http/schemas.js";
import { duplicateResolutionSchema } from "../../platform/records/hooks.js";
import { parseFrenchPhone } from "../../platform/identifiers/index.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { contentDisposition } from "../../platform/files/file-service.js";
import { frenchPostalCode, postalAddressInput } from "../addresses/index.js";
import { registerAttachmentRoutes } from "./attachment-routes.js";
import type { AttachmentsService } from "./attachments-service.js";
import { registerCompetitorCoverageRoutes } from "./competitor-coverage-routes.js";
import type { CompetitorCoveragesService } from "./competitor-coverages-service.js";
import { personExportColumns } from "./persons-export.js";
import type { PersonsService } from "./persons-service.js";
import { personSortable } from "./persons-service.js";
import { personPermissions } from "./permissions.js";
import type { RelationsService } from "./relations-service.js";
import { addressKinds, civilities, coverageDomains, natures, normalisationStatuses, personCategories, relationTypes } from "./schema.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const code = z.string().trim().min(1).max(60);

const addressInput = postalAddressInput.extend({ kind: z.enum(addressKinds) });

/** Every writable field; `nature` is derived and refused if sent. */
const personFields = {
  category: z.enum(personCategories),
  civility: z.enum(civilities).nullable().optional(),
  lastName: text(100),
  firstName: optionalText(100),
  birthName: optionalText(100),
  birthDate: isoDay.nullable().optional(),
  email: z.email().max(320).nullable().optional(),
  mobilePhone: optionalText(40),
  landlinePhone: optionalText(40),
  profession: code.nullable().optional(),
  socialRegime: code.nullable().optional(),
  localRegime: z.boolean().optional(),
  title: optionalText(100),
  originId: z.uuid(),
  prescriberPersonId: z.uuid().nullable().optional(),
  prescriberCompanyId: z.uuid().nullable().optional(),
  importance: code.nullable().optional(),
  markers: z.array(code).max(50).optional(),
  pep: z.boolean().optional(),
  assetFreeze: z.boolean().optional(),
  protectedAdult: z.boolean().optional(),
  c2sBeneficiary: z.boolean().optional(),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  portalAccess: z.boolean().optional(),
  portalAccessSince: isoDay.nullable().optional(),
  paperlessStatements: z.boolean().optional(),
  paperlessSince: isoDay.nullable().optional(),
  professionalCompanyName: optionalText(200),
  professionalEmail: z.email().max(320).nullable().optional(),
  professionalPhone: optionalText(40),
  functions: optionalText(200),
  madelinEligible: z.boolean().optional(),
  businessCreator: z.boolean().optional(),
  addresses: z.array(addressInput.superRefine(frenchPostalCode)).max(3).optional(),
};

const createBody = z.strictObject({ ...personFields, duplicateResolution: duplicateResolutionSchema.optional() });
/** The body of POST /api/v1/persons, for routes that create a person along with something else (a company's main contact). */
export const personCreateBody = createBody;
const updateBody = z.strictObject({ ...z.object(personFields).partial().shape, version: versionField });

const addressView = addressInput.extend({
  // A quoting system's lead may be known by its postal code alone (docs/interfaces/quote-intake.md): no street, maybe no city yet.
  lines: z.array(z.string()).max(5),
  city: z.string(),
  country: z.string(),
  normalisedLines: z.array(z.string()),
  normalisationStatus: z.enum(normalisationStatuses),
});
const personView = z.object({
  ...personFields,
  id: z.uuid(),
  civility: z.enum(civilities).nullable(),
  firstName: z.string().nullable(),
  birthName: z.string().nullable(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  landlinePhone: z.string().nullable(),
  profession: z.string().nullable(),
  socialRegime: z.string().nullable(),
  localRegime: z.boolean(),
  title: z.string().nullable(),
  prescriberPersonId: z.string().nullable(),
  prescriberCompanyId: z.string().nullable(),
  importance: z.string().nullable(),
  markers: z.array(z.string()),
  protectedAdult: z.boolean(),
  c2sBeneficiary: z.boolean(),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  portalAccess: z.boolean(),
  portalAccessSince: z.string().nullable(),
  paperlessStatements: z.boolean(),
  paperlessSince: z.string().nullable(),
  professionalCompanyName: z.string().nullable(),
  professionalEmail: z.string().nullable(),
  professionalPhone: z.string().nullable(),
  functions: z.string().nullable(),
  madelinEligible: z.boolean(),
  businessCreator: z.boolean(),
  nature: z.enum(natures),
  coverageFlags: z.array(z.enum(coverageDomains)).describe("equipment flags: the domains of its active contracts (kept by the contracts module)"),
  ...assignmentViewFields,
  addresses: z.array(addressView),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

const filters = z.object({
  nature: z.enum(natures).optional(),
  category: z.enum(personCategories).optional(),
  originId: z.uuid().optional(),
  marker: code.optional(),
  postalCode: z.string().regex(/^\d{5}$/).optional(),
  customField: z.string().regex(/^[a-z][a-z0-9_]{0,59}:.{1,200}$/).optional(),
  phone: z
    .string()
    .trim()
    .refine((value) => parseFrenchPhone(value).ok, "not a phone number")
    .optional()
    .describe("Screen-pop: the caller's number in any format (E.164, 06…, +33 6…); persons whose mobile or landline is that number"),
  ...assignmentFilterFields,
});

const relationView = z.object({ id: z.uuid(), type: z.enum(relationTypes), personId: z.uuid(), lastName: z.string(), firstName: z.string().nullable() });
const relationParams = z.object({ id: z.uuid(), relationId: z.uuid() });

export interface PersonServices {
  persons: PersonsService;
  relations: RelationsService;
  attachments: AttachmentsService;
  coverages: CompetitorCoveragesService;
}

export function registerPersonRoutes(app: AppServer, services: PersonServices): void {
  const { persons, relations, attachments, coverages } = services;
  const tags = ["persons"];

  app.get(
    "/api/v1/persons",
    { config: { permission: personPermissions.read }, schema: { tags, summary: "Rechercher et lister les personnes (nom, téléphone, e-mail, code postal)", querystring: listQuerySchema.extend({ sort: sortQuery(personSortable), ...filters.shape }), response: { 200: pageSchema(personView) } } },
    async (request) => persons.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/persons/export",
    { config: { permission: personPermissions.read }, schema: { tags, summary: "Exporter la liste des personnes (CSV ou XLSX, mêmes filtres que la liste)", querystring: listQuerySchema.omit({ page: true, perPage: true, sort: true }).extend(filters.shape).extend(exportFormatQuery.shape) } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format, ...query } = request.query;
      const file = exportTable("personnes", "Personnes", personExportColumns(hasPermission(ctx, personPermissions.readSensitive), await persons.customFieldsForExport(ctx)), persons.iterateForExport(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get("/api/v1/persons/:id", { config: { permission: personPermissions.read }, schema: { tags, summary: "Lire une personne", params: idParams, response: { 200: personView } } }, async (request) =>
    persons.get(contextOf(request), request.params.id),
  );
  app.post("/api/v1/persons", { config: { permission: personPermissions.write }, schema: { tags, summary: "Créer une personne (nature suspect) ; 409 person.duplicate_suspected si elle ressemble à une fiche existante", body: createBody, response: { 201: personView } } }, async (request, reply) =>
    reply.status(201).send(await persons.create(contextOf(request), request.body)),
  );
  app.patch("/api/v1/persons/:id", { config: { permission: personPermissions.write }, schema: { tags, summary: "Modifier une personne", params: idParams, body: updateBody, response: { 200: personView } } }, async (request) =>
    persons.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/persons/:id", { config: { permission: personPermissions.write }, schema: { tags, summary: "Supprimer une personne", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await persons.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get("/api/v1/persons/:id/relations", { config: { permission: personPermissions.read }, schema: { tags, summary: "Relations de la personne (avec le sens inverse)", params: idParams, response: { 200: z.object({ items: z.array(relationView) }) } } }, async (request) => ({
    items: await relations.list(contextOf(request), request.params.id),
  }));
  app.post(
    "/api/v1/persons/:id/relations",
    { config: { permission: personPermissions.write }, schema: { tags, summary: "Ajouter une relation : la personne est `type` de `personId`", params: idParams, body: z.strictObject({ type: z.enum(relationTypes), personId: z.uuid() }), response: { 201: relationView } } },
    async (request, reply) => reply.status(201).send(await relations.add(contextOf(request), request.params.id, request.body)),
  );
  app.delete("/api/v1/persons/:id/relations/:relationId", { config: { permission: personPermissions.write }, schema: { tags, summary: "Retirer une relation", params: relationParams, response: { 204: noContent } } }, async (request, reply) => {
    await relations.remove(contextOf(request), request.params.id, request.params.relationId);
    return reply.status(204).send();
  });

  registerAttachmentRoutes(app, attachments, { collection: "/api/v1/persons", tags, of: "de la personne", to: "à la personne" });
  registerCompetitorCoverageRoutes(app, coverages, { collection: "/api/v1/persons", tags, holder: "la personne" });
}
