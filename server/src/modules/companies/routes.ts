import { z } from "zod";
import { assignmentFilterFields, assignmentViewFields } from "../../platform/records/assignment.js";
import { duplicateResolutionSchema } from "../../platform/records/hooks.js";
import { hasPermission } from "../../platform/auth/context.js";
import { contentDisposition } from "../../platform/files/file-service.js";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { frenchPostalCode, postalAddressInput } from "../addresses/index.js";
import { coverageDomains, natures, normalisationStatuses, personCreateBody } from "../persons/index.js";
import { companyExportColumns } from "./companies-export.js";
import type { CompaniesService } from "./companies-service.js";
import { companySortable } from "./companies-service.js";
import { companyPermissions } from "./permissions.js";
import { companyAddressKinds } from "./schema.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const referenceCode = z.string().trim().min(1).max(60);

export const postalAddressView = postalAddressInput.extend({ country: z.string(), normalisedLines: z.array(z.string()), normalisationStatus: z.enum(normalisationStatuses) });
const addressInput = postalAddressInput.extend({ kind: z.enum(companyAddressKinds) }).superRefine(frenchPostalCode);

/** Every writable field; `nature` is derived and refused if sent. */
const companyFields = {
  name: text(200),
  legalForm: referenceCode.nullable().optional(),
  siren: optionalText(20).describe("9 digits, spaces allowed; required unless inCreation or an exempt legal form"),
  siret: optionalText(30).describe("Head office SIRET, 14 digits, spaces allowed; its first 9 digits are the SIREN"),
  inCreation: z.boolean().optional(),
  headcountBand: optionalText(2).describe("INSEE headcount band code: NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53"),
  nafCode: optionalText(10).describe("NAF rév. 2 sous-classe, e.g. 86.21Z"),
  idcc: optionalText(10).describe("IDCC of the convention collective, e.g. 1486"),
  hdsEnabled: z.boolean().optional(),
  hdsRate: z
    .string()
    .trim()
    .regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/)
    .nullable()
    .optional()
    .describe("Percentage from 0 to 100, at most 2 decimals, e.g. \"1.50\"; required when hdsEnabled"),
  originId: z.uuid(),
  mainContactId: z.uuid().nullable().optional(),
  email: z.email().max(320).nullable().optional(),
  phone: optionalText(40),
  website: optionalText(200),
  turnoverCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  activityCode: optionalText(100),
  balanceSheetDate: isoDay.nullable().optional(),
  endOfActivityDate: isoDay.nullable().optional(),
  pep: z.boolean().optional(),
  assetFreeze: z.boolean().optional(),
  prescriberPersonId: z.uuid().nullable().optional(),
  prescriberCompanyId: z.uuid().nullable().optional(),
  importance: referenceCode.nullable().optional(),
  markers: z.array(referenceCode).max(50).optional(),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  addresses: z.array(addressInput).max(3).optional(),
};

const createBody = z.strictObject({
  ...companyFields,
  mainContact: personCreateBody
    .extend({ originId: z.uuid().optional() })
    .optional()
    .describe("Creates the main contact as a person in the same transaction (a POST /api/v1/persons body; originId defaults to the company's)"),
  duplicateResolution: duplicateResolutionSchema.optional(),
});
const updateBody = z.strictObject({ ...z.object(companyFields).partial().shape, version: versionField });

const companyView = z.object({
  id: z.uuid(),
  name: z.string(),
  legalForm: z.string().nullable(),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  inCreation: z.boolean(),
  headcountBand: z.string().nullable(),
  nafCode: z.string().nullable(),
  idcc: z.string().nullable(),
  hdsEnabled: z.boolean(),
  hdsRate: z.string().nullable(),
  originId: z.uuid(),
  mainContactId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  turnoverCents: z.number().int().nullable(),
  activityCode: z.string().nullable(),
  balanceSheetDate: z.string().nullable(),
  endOfActivityDate: z.string().nullable(),
  nature: z.enum(natures),
  coverageFlags: z.array(z.enum(coverageDomains)).describe("equipment flags: the domains of its active contracts (kept by the contracts module)"),
  ...assignmentViewFields,
  pep: z.boolean().optional(),
  assetFreeze: z.boolean().optional(),
  prescriberPersonId: z.string().nullable(),
  prescriberCompanyId: z.string().nullable(),
  importance: z.string().nullable(),
  markers: z.array(z.string()),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  addresses: z.array(postalAddressView.extend({ kind: z.enum(companyAddressKinds) })),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

const filters = z.object({
  nature: z.enum(natures).optional(),
  originId: z.uuid().optional(),
  marker: referenceCode.optional(),
  postalCode: z.string().regex(/^\d{5}$/).optional(),
  nafCode: z
    .string()
    .regex(/^\d{2}(\.\d{2}[A-Za-z])?$/)
    .optional()
    .describe("A sous-classe (86.21Z) or a whole division (86)"),
  headcountBand: z.string().regex(/^(NN|\d{2})$/).optional(),
  customField: z.string().regex(/^[a-z][a-z0-9_]{0,59}:.{1,200}$/).optional(),
  ...assignmentFilterFields,
});

export function registerCompanyRoutes(app: AppServer, companies: CompaniesService): void {
  const tags = ["companies"];

  app.get(
    "/api/v1/companies",
    {
      config: { permission: companyPermissions.read },
      schema: {
        tags,
        summary: "Rechercher et lister les entreprises (raison sociale, SIREN/SIRET, téléphone, e-mail, code postal)",
        querystring: listQuerySchema.extend({ sort: sortQuery(companySortable), ...filters.shape }),
        response: { 200: pageSchema(companyView) },
      },
    },
    async (request) => companies.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/companies/export",
    {
      config: { permission: companyPermissions.read },
      schema: {
        tags,
        summary: "Exporter la liste des entreprises (CSV ou XLSX, mêmes filtres que la liste)",
        querystring: listQuerySchema.omit({ page: true, perPage: true, sort: true }).extend(filters.shape).extend(exportFormatQuery.shape),
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      // Checked here: the rows are read lazily, once the answer has started.
      const { format, ...query } = request.query;
      const file = exportTable("entreprises", "Entreprises", companyExportColumns(hasPermission(ctx, companyPermissions.readSensitive), await companies.customFieldsForExport(ctx)), companies.iterateForExport(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get("/api/v1/companies/:id", { config: { permission: companyPermissions.read }, schema: { tags, summary: "Lire une entreprise", params: idParams, response: { 200: companyView } } }, async (request) =>
    companies.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/companies",
    { config: { permission: companyPermissions.write }, schema: { tags, summary: "Créer une entreprise (nature suspect), avec ou sans création de son interlocuteur principal", body: createBody, response: { 201: companyView } } },
    async (request, reply) => reply.status(201).send(await companies.create(contextOf(request), request.body)),
  );
  app.patch("/api/v1/companies/:id", { config: { permission: companyPermissions.write }, schema: { tags, summary: "Modifier une entreprise", params: idParams, body: updateBody, response: { 200: companyView } } }, async (request) =>
    companies.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/companies/:id", { config: { permission: companyPermissions.write }, schema: { tags, summary: "Supprimer une entreprise (et ses onglets)", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await companies.remove(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
