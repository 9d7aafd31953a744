import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { coverageDomains } from "../persons/index.js";
import type { PipelineBoard } from "./board.js";
import { opportunityExportColumns } from "./opportunities-export.js";
import type { OpportunitiesService } from "./opportunities-service.js";
import { opportunitySortable } from "./opportunities-service.js";
import { handClosedStates, opportunityStates } from "./opportunity-states.js";
import { opportunityPermissions } from "./permissions.js";
import { quoteStates } from "./quote-states.js";

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const code = z.string().trim().min(1).max(60);

/** The fields an opportunity is written with; the holder only at creation. */
const writableFields = {
  domain: z.enum(coverageDomains),
  productFamily: code.nullable().optional().describe("Code of the tenant's product_families reference table"),
  originId: z.uuid(),
  wishedStartDate: isoDay.nullable().optional(),
  probability: z.number().int().min(0).max(100).nullable().optional().describe("Probability of transformation, in percent"),
  interactionId: z.uuid().nullable().optional().describe("The interaction the need was detected in"),
  description: optionalText(4000),
  introducerId: z.uuid().nullable().optional().describe("Default: the record's introducer"),
  advisorId: z.uuid().nullable().optional().describe("Default: the record's advisor"),
  expectedAnnualPremiumCents: z.number().int().min(0).max(100_000_000_00).nullable().optional(),
};

const createBody = z.strictObject({ personId: z.uuid().optional(), companyId: z.uuid().optional(), ...writableFields });
const updateBody = z.strictObject({ ...z.object(writableFields).partial().shape, version: versionField });

export const opportunityView = z.object({
  id: z.uuid(),
  personId: z.uuid().nullable(),
  companyId: z.uuid().nullable(),
  domain: z.enum(coverageDomains),
  productFamily: z.string().nullable(),
  originId: z.uuid(),
  wishedStartDate: z.string().nullable(),
  probability: z.number().int().nullable(),
  interactionId: z.uuid().nullable(),
  description: z.string().nullable(),
  introducerId: z.uuid().nullable(),
  advisorId: z.uuid().nullable(),
  expectedAnnualPremiumCents: z.number().int().nullable(),
  state: z.enum(opportunityStates),
  closedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

/** GET of one and of the list: with the number of its quotes (cancelled and expired included). */
const opportunityWithCount = opportunityView.extend({ quotesCount: z.number().int().describe("How many quotes it has, cancelled and expired included") });

const filters = z.object({
  personId: z.uuid().optional(),
  companyId: z.uuid().optional(),
  state: z.enum(opportunityStates).optional(),
  domain: z.enum(coverageDomains).optional(),
  advisorId: z.uuid().optional(),
  introducerId: z.uuid().optional(),
  originId: z.uuid().optional(),
});

const stateChangeView = z.object({
  id: z.uuid(),
  fromState: z.enum(opportunityStates).nullable(),
  toState: z.enum(opportunityStates),
  reason: z.string().nullable().describe("The words of who changed it: a hand close's reason, a quote move's optional reason"),
  quoteId: z.uuid().nullable(),
  quote: z
    .object({ id: z.uuid(), number: z.string().nullable(), fromState: z.enum(quoteStates).nullable().describe("Null: the quote was created in toState"), toState: z.enum(quoteStates) })
    .nullable()
    .describe("The quote's move that caused the change, as codes"),
  changedBy: z.uuid().nullable(),
  changedByName: z.string().nullable().describe("The user's display name; null for a system or an API key"),
  changedAt: z.string(),
});

const boardQuery = filters.pick({ advisorId: true, introducerId: true, domain: true }).extend({ cards: z.coerce.number().int().min(0).max(50).default(10).describe("Cards per column") });
const boardView = z.object({
  columns: z.array(
    z.object({
      state: z.enum(opportunityStates),
      count: z.number().int(),
      expectedAnnualPremiumCents: z.number().int(),
      cards: z.array(opportunityView.extend({ holderName: z.string() })),
    }),
  ),
});

export function registerOpportunityRoutes(app: AppServer, opportunities: OpportunitiesService, board: PipelineBoard): void {
  const tags = ["opportunities"];
  app.get(
    "/api/v1/opportunities",
    { config: { permission: opportunityPermissions.read }, schema: { tags, summary: "Lister les opportunités (filtres, tri, périmètre de l'utilisateur)", querystring: unsearchableListQuery({ sort: sortQuery(opportunitySortable), ...filters.shape }), response: { 200: pageSchema(opportunityWithCount) } } },
    async (request) => opportunities.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/opportunities/export",
    { config: { permission: opportunityPermissions.read }, schema: { tags, summary: "Exporter les opportunités (CSV ou XLSX, mêmes filtres que la liste)", querystring: filters.extend(exportFormatQuery.shape) } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format, ...query } = request.query;
      const file = exportTable("opportunites", "Opportunités", opportunityExportColumns, opportunities.iterate(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get(
    "/api/v1/opportunities/board",
    { config: { permission: opportunityPermissions.read }, schema: { tags, summary: "Tableau du pipeline : par état, nombre, prime annuelle attendue et premières cartes", querystring: boardQuery, response: { 200: boardView } } },
    async (request) => {
      const { cards, ...boardFilters } = request.query;
      return { columns: await board.columns(contextOf(request), boardFilters, cards) };
    },
  );
  app.get("/api/v1/opportunities/:id", { config: { permission: opportunityPermissions.read }, schema: { tags, summary: "Lire une opportunité", params: idParams, response: { 200: opportunityWithCount } } }, async (request) =>
    opportunities.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/opportunities",
    {
      config: { permission: opportunityPermissions.write },
      schema: {
        tags,
        summary: "Créer une opportunité (état need_detected) ; la première d'un suspect en fait un prospect, dans la même transaction",
        body: createBody,
        response: { 201: opportunityView },
      },
    },
    async (request, reply) => reply.status(201).send(await opportunities.create(contextOf(request), request.body)),
  );
  app.patch("/api/v1/opportunities/:id", { config: { permission: opportunityPermissions.write }, schema: { tags, summary: "Modifier une opportunité (l'état suit les devis)", params: idParams, body: updateBody, response: { 200: opportunityView } } }, async (request) =>
    opportunities.update(contextOf(request), request.params.id, request.body),
  );
  app.post(
    "/api/v1/opportunities/:id/close",
    {
      config: { permission: opportunityPermissions.write },
      schema: {
        tags,
        summary: "Clore à la main, perdue ou hors cible, avec un motif ; 409 si elle est close ou a un devis en cours",
        params: idParams,
        body: z.strictObject({ state: z.enum(handClosedStates), reason: z.string().trim().min(1).max(1000) }),
        response: { 200: opportunityView },
      },
    },
    async (request) => opportunities.close(contextOf(request), request.params.id, request.body),
  );
  app.get(
    "/api/v1/opportunities/:id/history",
    { config: { permission: opportunityPermissions.read }, schema: { tags, summary: "Historique des états : qui, quand, de, vers, pourquoi", params: idParams, response: { 200: z.object({ items: z.array(stateChangeView) }) } } },
    async (request) => ({ items: await opportunities.history(contextOf(request), request.params.id) }),
  );
}
