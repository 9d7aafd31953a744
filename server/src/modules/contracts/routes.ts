import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { multipartUpload, receiveUpload, receiveUploads } from "../../platform/files/upload.js";
import { listQuerySchema, pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { idParams } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { coverageDomains } from "../persons/index.js";
import type { ContractIntake } from "./contract-intake.js";
import { contractRecordSchema } from "./contract-record.js";
import type { ContractReceiver } from "./contract-receiver.js";
import { contractExportColumns } from "./contracts-export.js";
import type { ContractsService } from "./contracts-service.js";
import { contractBeneficiarySortable } from "./contracts-service.js";
import { contractSortable } from "./contracts-service.js";
import type { ContractFeedImport } from "./feed-import.js";
import type { ImportHistory } from "./import-history.js";
import { importBatchSortable } from "./import-history.js";
import { intakeFiles } from "./intake-files.js";
import { contractPermissions } from "./permissions.js";
import { beneficiaryRoles, contractStatuses, guaranteeKinds, importBatchKinds } from "./schema.js";

export interface ContractRouteServices {
  contracts: ContractsService;
  receiver: ContractReceiver;
  feed: ContractFeedImport;
  intake: ContractIntake;
  history: ImportHistory;
}

const contractView = z.object({
  id: z.uuid(),
  sourceSystem: z.string(),
  number: z.string(),
  status: z.enum(contractStatuses),
  domain: z.enum(coverageDomains),
  holderType: z.enum(["person", "company"]),
  holderPersonId: z.uuid().nullable(),
  holderCompanyId: z.uuid().nullable(),
  holderName: z.string(),
  productId: z.uuid().nullable(),
  formulaId: z.uuid().nullable(),
  productCode: z.string().nullable(),
  formulaCode: z.string().nullable(),
  productLabel: z.string().nullable(),
  formulaLabel: z.string().nullable(),
  grantsMembership: z.boolean(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  terminationDate: z.string().nullable(),
  terminationReason: z.string().nullable(),
  premiumAnnualCents: z.number().int().nullable(),
  introducerId: z.uuid().nullable(),
  quoteNumber: z.string().nullable(),
  quoteId: z.uuid().nullable(),
  beneficiaryCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const beneficiaryView = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  personId: z.uuid(),
  lastName: z.string(),
  firstName: z.string().nullable(),
  birthDate: z.string().nullable(),
  role: z.enum(beneficiaryRoles),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

const contractDetail = contractView.extend({
  beneficiaries: z.array(beneficiaryView),
  guarantees: z.array(z.object({ kind: z.enum(guaranteeKinds), code: z.string(), label: z.string().nullable(), premiumAnnualCents: z.number().int().nullable() })),
});

const filters = z.object({
  holderPersonId: z.uuid().optional(),
  holderCompanyId: z.uuid().optional(),
  beneficiaryPersonId: z.uuid().optional(),
  personId: z.uuid().optional().describe("held or covered by this person (the person's contracts tab)"),
  status: z.enum(contractStatuses).optional(),
  domain: z.enum(coverageDomains).optional(),
  sourceSystem: z.string().trim().min(1).max(60).optional(),
});

const received = z.object({ result: z.enum(["created", "updated", "unchanged"]), contractId: z.uuid(), holderType: z.enum(["person", "company"]), holderId: z.uuid() });

const intakeError = z.object({ file: z.enum(intakeFiles), line: z.number().int(), column: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()).optional(), message: z.string() });
const intakePreview = z.object({
  batchId: z.uuid(),
  counters: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
  lines: z.array(z.object({ line: z.number().int(), key: z.string(), result: z.enum(["created", "updated", "unchanged", "rejected"]), errors: z.array(intakeError) })),
  errors: z.array(intakeError),
});

const batchView = z.object({
  id: z.uuid(),
  kind: z.enum(importBatchKinds),
  channel: z.enum(["upload", "cli"]),
  status: z.enum(["previewed", "confirmed"]),
  files: z.array(z.object({ role: z.string(), fileId: z.uuid(), name: z.string() })),
  preview: z.record(z.string(), z.number()).nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdByApiKeyId: z.uuid().nullable(),
  createdByApiKeyName: z.string().nullable().describe("The API key that sent the run (a back-office system), when no user did"),
  confirmedAt: z.string().nullable(),
  jobId: z.uuid().nullable(),
  state: z.enum(["queued", "running", "succeeded", "failed"]).nullable(),
  progress: z.number().int().nullable(),
  counters: z.record(z.string(), z.number()).nullable(),
  resultFileId: z.uuid().nullable(),
  errorReportFileId: z.uuid().nullable(),
  finishedAt: z.string().nullable(),
});

const started = z.object({ jobId: z.uuid(), batchId: z.uuid() });

export function registerContractRoutes(app: AppServer, services: ContractRouteServices): void {
  const tags = ["contracts"];
  app.get(
    "/api/v1/contracts",
    { config: { permission: contractPermissions.read }, schema: { tags, summary: "Lister les contrats (q : début du numéro ; filtres titulaire, bénéficiaire, personne, statut, domaine, système source)", querystring: listQuerySchema.extend({ sort: sortQuery(contractSortable), ...filters.shape }), response: { 200: pageSchema(contractView) } } },
    async (request) => services.contracts.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/contracts/export",
    { config: { permission: contractPermissions.read }, schema: { tags, summary: "Exporter les contrats (CSV ou XLSX, mêmes filtres que la liste)", querystring: filters.extend({ q: z.string().trim().max(60).optional() }).extend(exportFormatQuery.shape) } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format, ...query } = request.query;
      const file = exportTable("contrats", "Contrats", contractExportColumns, services.contracts.iterate(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get(
    "/api/v1/contract-beneficiaries",
    {
      config: { permission: contractPermissions.read },
      schema: {
        tags,
        summary: "Bénéficiaires des contrats : d'un contrat, d'une personne, ou salariés affiliés aux contrats collectifs d'une entreprise",
        querystring: unsearchableListQuery({ sort: sortQuery(contractBeneficiarySortable), contractId: z.uuid().optional(), holderCompanyId: z.uuid().optional(), personId: z.uuid().optional(), role: z.enum(beneficiaryRoles).optional() }),
        response: { 200: pageSchema(beneficiaryView) },
      },
    },
    async (request) => services.contracts.beneficiaries(contextOf(request), request.query),
  );
  app.get("/api/v1/contracts/:id", { config: { permission: contractPermissions.read }, schema: { tags, summary: "Lire un contrat, ses bénéficiaires et ses garanties", params: idParams, response: { 200: contractDetail } } }, async (request) =>
    services.contracts.get(contextOf(request), request.params.id),
  );

  const integrationTags = ["contracts", "integrations"];
  app.post(
    "/api/v1/integrations/back-office/contracts",
    {
      config: { permission: contractPermissions.import, caller: "api_key" },
      schema: {
        tags: integrationTags,
        summary: "Recevoir un contrat du back-office en temps réel (clé d'API seulement ; même format qu'une ligne du flux quotidien) ; mise à jour par (système source, numéro)",
        body: contractRecordSchema,
        response: { 200: received },
      },
    },
    async (request) => services.receiver.receive(contextOf(request), request.body),
  );
  app.post(
    "/api/v1/integrations/back-office/feeds",
    {
      config: { permission: contractPermissions.import },
      schema: {
        tags: integrationTags,
        summary: "Déposer le flux quotidien du back-office (multipart, champ « file » : JSON Lines, voir docs/interfaces/back-office-feed.md) ; import en arrière-plan",
        ...multipartUpload(["file"]),
        response: { 202: started },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(202).send(await services.feed.start(ctx, await receiveUpload(request), "upload"));
    },
  );
  app.post(
    "/api/v1/integrations/contract-intakes",
    {
      config: { permission: contractPermissions.import },
      schema: {
        tags: integrationTags,
        summary: "Sas d'entrée : déposer les trois fichiers (multipart, champs « holders », « contracts », « beneficiaries » : CSV ou XLSX) et obtenir la simulation ligne à ligne",
        ...multipartUpload(intakeFiles),
        response: { 200: intakePreview },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return services.intake.preview(ctx, await receiveUploads(request, intakeFiles));
    },
  );
  app.post(
    "/api/v1/integrations/contract-intakes/:id/confirm",
    { config: { permission: contractPermissions.import }, schema: { tags: integrationTags, summary: "Confirmer un dépôt simulé : l'import démarre en arrière-plan (une seule fois)", params: idParams, response: { 202: started } } },
    async (request, reply) => reply.status(202).send(await services.intake.confirm(contextOf(request), request.params.id)),
  );
  app.get(
    "/api/v1/contract-import-batches",
    {
      config: { permission: contractPermissions.import },
      schema: {
        tags: integrationTags,
        summary: "Historique des flux et des dépôts : qui, quand, fichiers, état, compteurs, fichier d'erreurs",
        querystring: unsearchableListQuery({ sort: sortQuery(importBatchSortable), kind: z.enum(importBatchKinds).optional() }),
        response: { 200: pageSchema(batchView) },
      },
    },
    async (request) => services.history.list(contextOf(request), request.query),
  );
  app.get("/api/v1/contract-import-batches/:id", { config: { permission: contractPermissions.import }, schema: { tags: integrationTags, summary: "Lire un flux ou un dépôt", params: idParams, response: { 200: batchView } } }, async (request) =>
    services.history.get(contextOf(request), request.params.id),
  );
}
