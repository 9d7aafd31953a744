import { z } from "zod";
import { multipartUpload, receiveUpload } from "../../platform/files/upload.js";
import { idParams, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { personPermissions, registerAttachmentRoutes, registerCompetitorCoverageRoutes, type AttachmentsService, type CompetitorCoveragesService } from "../persons/index.js";
import type { CompaniesService } from "./companies-service.js";
import type { CompanyPersonsService } from "./company-persons-service.js";
import type { DemographyService } from "./demography-service.js";
import { companyPermissions } from "./permissions.js";
import type { CompanyRelationsService } from "./relations-service.js";
import { frenchPostalCode, postalAddressInput } from "../addresses/index.js";
import { postalAddressView } from "./routes.js";
import { companyPersonRoles, companyRelationTypes } from "./schema.js";
import type { CompanySitesService } from "./sites-service.js";

export interface CompanyTabServices {
  companies: CompaniesService;
  relations: CompanyRelationsService;
  attachments: AttachmentsService;
  persons: CompanyPersonsService;
  sites: CompanySitesService;
  demography: DemographyService;
  coverages: CompetitorCoveragesService;
}

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const subParams = <K extends string>(key: K) => idParams.extend({ [key]: z.uuid() } as Record<K, z.ZodUUID>);

const relationView = z.object({ id: z.uuid(), type: z.enum(companyRelationTypes), companyId: z.uuid(), name: z.string(), siren: z.string().nullable() });
const personLinkView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  role: z.enum(companyPersonRoles),
  lastName: z.string(),
  firstName: z.string().nullable(),
  email: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  landlinePhone: z.string().nullable(),
  mainContact: z.boolean(),
});
const siteFields = {
  name: z.string().trim().min(1).max(200),
  siret: z.string().trim().max(30).nullable().optional().describe("The establishment's SIRET; must start with the company's SIREN"),
  address: postalAddressInput.superRefine(frenchPostalCode),
  phone: z.string().trim().max(40).nullable().optional(),
  contactPersonId: z.uuid().nullable().optional(),
};
const siteView = z.object({
  id: z.uuid(),
  name: z.string(),
  siret: z.string().nullable(),
  address: postalAddressView,
  phone: z.string().nullable(),
  contactPersonId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const demographyView = z.object({
  id: z.uuid(),
  attachmentId: z.uuid(),
  fileId: z.uuid(),
  name: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  downloadUrl: z.string(),
});
/** The tabs of a company's record as sub-resources of /api/v1/companies/{id}. */
export function registerCompanyTabRoutes(app: AppServer, services: CompanyTabServices): void {
  const { companies, relations, attachments, persons, sites, demography, coverages } = services;
  const tags = ["companies"];

  // Relations with other companies.
  app.get("/api/v1/companies/:id/relations", { config: { permission: companyPermissions.read }, schema: { tags, summary: "Relations de l'entreprise avec d'autres entreprises (avec le sens inverse)", params: idParams, response: { 200: items(relationView) } } }, async (request) => ({
    items: await relations.list(contextOf(request), request.params.id),
  }));
  app.post(
    "/api/v1/companies/:id/relations",
    {
      config: { permission: companyPermissions.write },
      schema: {
        tags,
        summary: "Ajouter une relation : l'entreprise est `type` de `companyId` (filiale de, fournisseur de…)",
        params: idParams,
        body: z.strictObject({ type: z.enum(companyRelationTypes), companyId: z.uuid() }),
        response: { 201: relationView },
      },
    },
    async (request, reply) => reply.status(201).send(await relations.add(contextOf(request), request.params.id, request.body)),
  );
  app.delete("/api/v1/companies/:id/relations/:relationId", { config: { permission: companyPermissions.write }, schema: { tags, summary: "Retirer une relation", params: subParams("relationId"), response: { 204: noContent } } }, async (request, reply) => {
    await relations.remove(contextOf(request), request.params.id, request.params.relationId);
    return reply.status(204).send();
  });

  registerAttachmentRoutes(app, attachments, { collection: "/api/v1/companies", tags, of: "de l'entreprise", to: "à l'entreprise" });

  // Persons.
  app.get("/api/v1/companies/:id/persons", { config: { permission: [companyPermissions.read, personPermissions.read] }, schema: { tags, summary: "Personnes de l'entreprise (salariés, dirigeants, contacts…)", params: idParams, response: { 200: items(personLinkView) } } }, async (request) => ({
    items: await persons.list(contextOf(request), request.params.id),
  }));
  app.post(
    "/api/v1/companies/:id/persons",
    {
      config: { permission: [companyPermissions.write, personPermissions.read] },
      schema: {
        tags,
        summary: "Rattacher une personne à l'entreprise avec un rôle (une personne peut appartenir à plusieurs entreprises)",
        params: idParams,
        body: z.strictObject({ personId: z.uuid(), role: z.enum(companyPersonRoles) }),
        response: { 201: personLinkView },
      },
    },
    async (request, reply) => reply.status(201).send(await persons.add(contextOf(request), request.params.id, request.body)),
  );
  app.delete("/api/v1/companies/:id/persons/:linkId", { config: { permission: companyPermissions.write }, schema: { tags, summary: "Détacher une personne de l'entreprise", params: subParams("linkId"), response: { 204: noContent } } }, async (request, reply) => {
    await persons.remove(contextOf(request), request.params.id, request.params.linkId);
    return reply.status(204).send();
  });

  // Sites and departments.
  app.get("/api/v1/companies/:id/sites", { config: { permission: companyPermissions.read }, schema: { tags, summary: "Sites et services de l'entreprise", params: idParams, response: { 200: items(siteView) } } }, async (request) => ({
    items: await sites.list(contextOf(request), request.params.id),
  }));
  app.post(
    "/api/v1/companies/:id/sites",
    { config: { permission: companyPermissions.write }, schema: { tags, summary: "Ajouter un site ou service (adresse normalisée RNVP)", params: idParams, body: z.strictObject(siteFields), response: { 201: siteView } } },
    async (request, reply) => reply.status(201).send(await sites.add(contextOf(request), request.params.id, request.body)),
  );
  app.patch(
    "/api/v1/companies/:id/sites/:siteId",
    {
      config: { permission: companyPermissions.write },
      schema: {
        tags,
        summary: "Modifier un site ou service",
        params: subParams("siteId"),
        body: z.strictObject({ ...z.object(siteFields).partial().shape, version: versionField }),
        response: { 200: siteView },
      },
    },
    async (request) => sites.update(contextOf(request), request.params.id, request.params.siteId, request.body),
  );
  app.delete("/api/v1/companies/:id/sites/:siteId", { config: { permission: companyPermissions.write }, schema: { tags, summary: "Supprimer un site ou service", params: subParams("siteId"), response: { 204: noContent } } }, async (request, reply) => {
    await sites.remove(contextOf(request), request.params.id, request.params.siteId);
    return reply.status(204).send();
  });

  // Demography.
  app.get(
    "/api/v1/companies/:id/demographies",
    { config: { permission: companyPermissions.read }, schema: { tags, summary: "Fichiers de démographie déposés, du plus récent au plus ancien (liste vide sans fichier)", params: idParams, response: { 200: z.object({ items: z.array(demographyView) }) } } },
    async (request) => ({ items: await demography.list(contextOf(request), request.params.id) }),
  );
  app.get(
    "/api/v1/companies/:id/demography",
    { config: { permission: companyPermissions.read }, schema: { tags, summary: "Dernier fichier de démographie déposé (métadonnées et lien de téléchargement)", params: idParams, response: { 200: demographyView } } },
    async (request) => demography.latest(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/companies/:id/demography",
    {
      config: { permission: companyPermissions.write },
      schema: {
        tags,
        summary: "Déposer le formulaire de démographie (multipart, champ « file », xlsx ou csv), gardé en pièce jointe",
        params: idParams,
        ...multipartUpload(["file"]),
        response: { 201: demographyView },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await companies.get(ctx, request.params.id);
      const upload = await receiveUpload(request);
      return reply.status(201).send(await demography.upload(ctx, request.params.id, upload));
    },
  );

  // Competitor coverage.
  registerCompetitorCoverageRoutes(app, coverages, { collection: "/api/v1/companies", tags, holder: "l'entreprise" });
}
