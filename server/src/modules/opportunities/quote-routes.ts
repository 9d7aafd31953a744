import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { pageSchema, unsearchableListQuery, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { exportFormatQuery, exportTable } from "../../platform/http/table-export.js";
import { registerAttachmentRoutes, type AttachmentsService } from "../persons/index.js";
import { priceSchema } from "../pricing/index.js";
import { opportunityView } from "./opportunity-routes.js";
import { quotePermissions } from "./permissions.js";
import type { PricedQuotes } from "./priced-quotes.js";
import { quoteKinds, quoteStates } from "./quote-states.js";
import { quoteExportColumns } from "./quotes-export.js";
import { initialQuoteStates, type QuotesService, quoteSortable } from "./quotes-service.js";
import { beneficiaryRoles } from "./schema.js";

const cents = z.number().int().min(0).max(100_000_000_00);
export const quoteNumber = z.string().trim().min(1).max(60);

const beneficiaryView = z.object({ role: z.enum(beneficiaryRoles), personId: z.uuid().nullable(), lastName: z.string().nullable(), firstName: z.string().nullable(), birthDate: z.string() });

export const quoteView = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  kind: z.enum(quoteKinds),
  number: z.string(),
  productId: z.uuid().nullable(),
  formulaId: z.uuid().nullable(),
  effectiveDate: z.string(),
  validUntil: z.string(),
  monthlyGrossCents: z.number().int().describe("As sent, else the twelfth of annualGrossCents rounded to the cent"),
  annualGrossCents: z.number().int(),
  state: z.enum(quoteStates),
  nextStates: z.array(z.enum(quoteStates)).describe("The states this quote may move to (POST /quotes/{id}/state); any other is refused with 409 quote.illegal_transition"),
  stateReason: z.string().nullable(),
  pricing: priceSchema.nullable().describe("Priced quotes: the engine's answer, every line explained"),
  tariffVersion: z.string().nullable(),
  externalReference: z.string().nullable(),
  beneficiaries: z.array(beneficiaryView),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

/** A quote and the opportunity it moved (its `state` is the new one). */
export const quoteOutcome = z.object({ quote: quoteView, opportunity: opportunityView });

const beneficiaryInput = z.strictObject({
  role: z.enum(beneficiaryRoles),
  personId: z.uuid().optional().describe("A person of the holder's household; birth date and names are read from the record"),
  birthDate: isoDay.optional(),
  lastName: z.string().trim().min(1).max(100).optional(),
  firstName: z.string().trim().min(1).max(100).optional(),
});

const manualBody = z.strictObject({
  opportunityId: z.uuid(),
  kind: z.literal("manual"),
  number: quoteNumber,
  annualGrossCents: cents,
  monthlyGrossCents: cents.optional(),
  effectiveDate: isoDay,
  validUntil: isoDay,
  productId: z.uuid().optional(),
  formulaId: z.uuid().optional(),
  state: z.enum(initialQuoteStates).optional(),
  beneficiaries: z.array(beneficiaryInput.extend({ birthDate: isoDay })).max(15).optional(),
});

const pricedBody = z.strictObject({
  opportunityId: z.uuid(),
  kind: z.literal("priced"),
  productId: z.uuid(),
  formulaId: z.uuid(),
  effectiveDate: isoDay,
  validUntil: isoDay.optional().describe("Default: 30 days from today"),
  beneficiaries: z.array(beneficiaryInput).min(1).max(15),
  postalCode: z.string().trim().regex(/^\d{5}$/).optional().describe("Default: the holder's main address"),
  socialRegime: z.string().trim().min(1).max(60).optional().describe("Default: the holder's"),
  localRegime: z.enum(["none", "alsace_moselle"]).optional().describe("Default: the holder's"),
  channel: z.string().trim().min(1).max(60).optional(),
  options: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
});

const filters = z.object({ opportunityId: z.uuid().optional(), state: z.enum(quoteStates).optional(), kind: z.enum(quoteKinds).optional() });

export interface QuoteServices {
  quotes: QuotesService;
  priced: PricedQuotes;
  attachments: AttachmentsService;
}

export function registerQuoteRoutes(app: AppServer, { quotes, priced, attachments }: QuoteServices): void {
  const tags = ["quotes"];
  app.get("/api/v1/quotes", { config: { permission: quotePermissions.read }, schema: { tags, summary: "Lister les devis (périmètre de leurs opportunités)", querystring: unsearchableListQuery({ sort: sortQuery(quoteSortable), ...filters.shape }), response: { 200: pageSchema(quoteView) } } }, async (request) =>
    quotes.list(contextOf(request), request.query),
  );
  app.get(
    "/api/v1/quotes/export",
    { config: { permission: quotePermissions.read }, schema: { tags, summary: "Exporter les devis (CSV ou XLSX, mêmes filtres que la liste, périmètre de leurs opportunités)", querystring: filters.extend(exportFormatQuery.shape) } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format, ...query } = request.query;
      const file = exportTable("devis", "Devis", quoteExportColumns, quotes.iterate(ctx, query), format);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(file.stream);
    },
  );
  app.get("/api/v1/quotes/:id", { config: { permission: quotePermissions.read }, schema: { tags, summary: "Lire un devis", params: idParams, response: { 200: quoteView } } }, async (request) => quotes.get(contextOf(request), request.params.id));
  app.post(
    "/api/v1/quotes",
    {
      config: { permission: quotePermissions.write },
      schema: {
        tags,
        summary: "Créer un devis : tarifé par Adhesia (kind priced, PDF généré et joint) ou saisi après un tarificateur externe (kind manual, PDF à joindre ensuite)",
        body: z.discriminatedUnion("kind", [manualBody, pricedBody]),
        response: { 201: quoteOutcome },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const body = request.body;
      return reply.status(201).send(body.kind === "priced" ? await priced.create(ctx, body) : await quotes.create(ctx, body));
    },
  );
  app.post(
    "/api/v1/quotes/:id/state",
    {
      config: { permission: quotePermissions.write },
      schema: {
        tags,
        summary: "Changer l'état d'un devis ; l'opportunité suit (règle multi-devis) ; 409 quote.illegal_transition hors du graphe des transitions",
        params: idParams,
        body: z.strictObject({ state: z.enum(quoteStates), reason: z.string().trim().min(1).max(1000).optional() }),
        response: { 200: quoteOutcome },
      },
    },
    async (request) => quotes.changeState(contextOf(request), request.params.id, request.body),
  );
  registerAttachmentRoutes(app, attachments, { collection: "/api/v1/quotes", tags, of: "du devis (son PDF)", to: "au devis, le PDF d'un tarificateur externe" });
}
