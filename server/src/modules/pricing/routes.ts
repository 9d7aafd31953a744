import { z } from "zod";
import { contentDisposition } from "../../platform/files/file-service.js";
import { multipartUpload, receiveUpload } from "../../platform/files/upload.js";
import { idParams } from "../../platform/http/schemas.js";
import { cataloguePermissions } from "../catalogue/index.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { beneficiaryRoles, familyStructures, lineComponents } from "./engine/index.js";
import { priceRequestSchema, proposalsRequestSchema } from "./pricing-request.js";
import type { PricingService } from "./pricing-service.js";
import { tariffInputSchema, tariffSchema } from "./tariff-schemas.js";
import type { TariffsService } from "./tariffs-service.js";

const totals = z.object({ netCents: z.number().int(), feesCents: z.number().int(), taxCents: z.number().int(), discountCents: z.number().int(), grossCents: z.number().int() });

const cents = z.number().int();
const matchedCriterion = z.discriminatedUnion("criterion", [
  z.object({ criterion: z.literal("role"), role: z.enum(beneficiaryRoles) }),
  z.object({ criterion: z.literal("age"), age: z.number().int(), ageMin: z.number().int(), ageMax: z.number().int().optional().describe("Absent: no upper bound") }),
  z.object({ criterion: z.literal("zone"), zone: z.string(), department: z.string() }),
  z.object({ criterion: z.literal("social_regime"), socialRegime: z.string() }),
  z.object({ criterion: z.literal("local_regime"), localRegime: z.string() }),
  z.object({ criterion: z.literal("structure"), structure: z.enum(familyStructures) }),
]);
/** The basis as data (engine/line-basis.ts); `basis` is its text in the request's language. */
const basisDetail = z.discriminatedUnion("code", [
  z.object({ code: z.literal("profile"), criteria: z.array(matchedCriterion).describe("The criteria of the grid row that matched; none: any profile"), pmssCents: cents.optional() }),
  z.object({ code: z.enum(["fee_per_contract", "fee_per_beneficiary", "amount_per_contract"]) }),
  z.object({ code: z.enum(["contribution", "net_after_discounts", "net_after_discounts_plus_fees", "one_off_fees"]), baseCents: cents }),
  z.object({ code: z.literal("child_rank"), fromRank: z.number().int() }),
]);

/** A price as the API shows it; quotes carry the one they were priced at. */
export const priceSchema = z.object({
  monthly: totals.describe("Per month; gross = net + fees + tax − discounts"),
  annual: totals.describe("12 × monthly, field by field"),
  oneOff: totals.describe("Paid once at subscription: adhesion fee and its tax"),
  commissionCents: z.number().int().describe("Monthly commission of the introducer: internal, not in the price"),
  tariffVersion: z.string(),
  lines: z.array(
    z.object({
      beneficiary: z.number().int().nullable().describe("Index in beneficiaries, or null for the contract"),
      component: z.enum(lineComponents),
      basis: z.string().describe("What the amount was computed from, in the language of Accept-Language (French by default)"),
      basisDetail: basisDetail.optional().describe("The same basis as a code and its values; absent on quotes priced before it existed"),
      rate: z.string().optional().describe("Percent, e.g. 13.27"),
      amountCents: z.number().int(),
      label: z.string(),
    }),
  ),
});

const proposalSchema = z.object({ productId: z.uuid(), productLabel: z.string(), formulaId: z.uuid(), formulaLabel: z.string(), price: priceSchema });

export function registerPricingRoutes(app: AppServer, pricing: PricingService, tariffs: TariffsService): void {
  app.get(
    "/api/v1/products/:id/tariffs",
    { config: { permission: cataloguePermissions.read }, schema: { tags: ["catalogue"], summary: "Versions du tarif d'un produit (HT), la plus récente d'abord", params: idParams, response: { 200: z.object({ items: z.array(tariffSchema) }) } } },
    async (request) => ({ items: await tariffs.list(contextOf(request), request.params.id) }),
  );
  app.post(
    "/api/v1/products/:id/tariffs",
    {
      config: { permission: cataloguePermissions.write },
      schema: {
        tags: ["catalogue"],
        summary: "Nouvelle version du tarif d'un produit (HT), en vigueur à partir de effectiveFrom",
        params: idParams,
        body: tariffInputSchema,
        response: { 201: tariffSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await tariffs.create(contextOf(request), request.params.id, request.body)),
  );
  app.get(
    "/api/v1/products/:id/tariffs/export",
    { config: { permission: cataloguePermissions.read }, schema: { tags: ["catalogue"], summary: "Exporter la dernière version du tarif en XLSX (voir docs/interfaces/tariffs.md)", params: idParams } },
    async (request, reply) => {
      const file = await tariffs.exportWorkbook(contextOf(request), request.params.id);
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").header("content-disposition", contentDisposition(file.name)).send(file.data);
    },
  );
  app.post(
    "/api/v1/products/:id/tariffs/import",
    {
      config: { permission: cataloguePermissions.write },
      schema: {
        tags: ["catalogue"],
        summary: "Importer un tarif XLSX (multipart, champ « file ») : une nouvelle version, ou 400 avec chaque cellule fautive",
        params: idParams,
        ...multipartUpload(["file"]),
        response: { 201: tariffSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await tariffs.importWorkbook(contextOf(request), request.params.id, () => receiveUpload(request))),
  );
  app.post(
    "/api/v1/pricing/price",
    {
      config: { permission: cataloguePermissions.read },
      schema: {
        tags: ["pricing"],
        summary: "Tarifer une formule pour un profil, avec le tarif en vigueur à la date d'effet ; chaque centime est expliqué",
        body: priceRequestSchema,
        response: { 200: priceSchema },
      },
    },
    async (request) => pricing.price(contextOf(request), request.body),
  );
  app.post(
    "/api/v1/pricing/proposals",
    {
      config: { permission: cataloguePermissions.read },
      schema: {
        tags: ["pricing"],
        summary: "Toutes les formules tarifables pour un profil parmi les produits vendus sur un canal, de la moins chère à la plus chère",
        body: proposalsRequestSchema,
        response: { 200: z.object({ items: z.array(proposalSchema) }) },
      },
    },
    async (request) => ({ items: await pricing.proposals(contextOf(request), request.body) }),
  );
}
