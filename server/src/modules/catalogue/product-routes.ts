import { z } from "zod";
import { listQuerySchema, pageSchema, sortQuery } from "../../platform/http/list-query.js";
import { idParams, isoDay, noContent, versionField } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { FormulasService } from "./formulas-service.js";
import type { ProductsService } from "./products-service.js";
import { productSortable } from "./products-service.js";
import { booleanFilter, catalogueCode, catalogueLabel, referenceCode } from "./range-routes.js";
import { cataloguePermissions } from "./permissions.js";

const productContractType = z.enum(["individual", "group"]);
const codes = z.array(referenceCode).max(20);

const productSchema = z.object({
  id: z.uuid(),
  rangeId: z.uuid(),
  code: z.string(),
  label: z.string(),
  contractType: productContractType.describe("The range's, or individual/group when the range is mixed"),
  insurers: z.array(z.string()).describe("Codes of the insurers reference table"),
  managers: z.array(z.string()).describe("Codes of the product_managers reference table"),
  network: z.string().nullable(),
  channels: z.array(z.string()).describe("Codes of the sales_channels reference table: online, agency, broker, call_centre…"),
  distributionMode: z.string().nullable(),
  distributionType: z.string().nullable(),
  saleStart: z.string().nullable().describe("ISO date YYYY-MM-DD"),
  saleEnd: z.string().nullable().describe("ISO date YYYY-MM-DD"),
  grantsMembership: z.boolean().describe("Subscribing makes the person a member (adhérent)"),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});

const productFields = {
  label: catalogueLabel,
  contractType: productContractType.optional(),
  insurers: codes.optional(),
  managers: codes.optional(),
  network: z.string().trim().max(100).nullable().optional(),
  channels: codes.optional(),
  distributionMode: z.string().trim().max(100).nullable().optional(),
  distributionType: z.string().trim().max(100).nullable().optional(),
  saleStart: isoDay.nullable().optional(),
  saleEnd: isoDay.nullable().optional(),
  grantsMembership: z.boolean().optional(),
  active: z.boolean().optional(),
};

const optionModule = z.object({ code: catalogueCode, label: catalogueLabel });
const formulaSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  code: z.string(),
  label: z.string(),
  sortOrder: z.number().int(),
  guaranteeLevels: z.record(z.string(), z.string()).describe("Guarantee id → level of cover (« 150 % BR », « 300 € / an »)"),
  coverageLevels: z.record(z.string(), z.number().int()).describe("Coverage module code → level 1 to 5"),
  options: z.array(optionModule).describe("Optional modules of a modular formula, priced by the tariff"),
  version: z.number().int(),
  updatedAt: z.string(),
});
const formulaFields = {
  label: catalogueLabel,
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  guaranteeLevels: z.record(z.uuid(), z.string().trim().min(1).max(100)).optional(),
  coverageLevels: z.record(referenceCode, z.number().int().min(1).max(5)).optional(),
  options: z.array(optionModule).max(20).optional(),
};

const guaranteeTableSchema = z.object({
  formula: z.object({ id: z.uuid(), code: z.string(), label: z.string() }),
  modules: z.array(
    z.object({
      coverageModule: z.string(),
      coverageLevel: z.number().int().nullable(),
      guarantees: z.array(z.object({ code: z.string(), label: z.string(), level: z.string().nullable() })),
    }),
  ),
});

export function registerProductRoutes(app: AppServer, products: ProductsService, formulas: FormulasService): void {
  const tags = ["catalogue"];
  app.get(
    "/api/v1/products",
    {
      config: { permission: cataloguePermissions.read },
      schema: {
        tags,
        summary: "Lister les produits commerciaux",
        querystring: listQuerySchema.extend({ sort: sortQuery(productSortable), rangeId: z.uuid().optional(), channel: referenceCode.optional(), contractType: productContractType.optional(), active: booleanFilter.optional() }),
        response: { 200: pageSchema(productSchema) },
      },
    },
    async (request) => products.list(contextOf(request), request.query),
  );
  app.get("/api/v1/products/:id", { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Lire un produit", params: idParams, response: { 200: productSchema } } }, async (request) =>
    products.get(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/products",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Créer un produit commercial", body: z.object({ rangeId: z.uuid(), code: catalogueCode, ...productFields }), response: { 201: productSchema } } },
    async (request, reply) => reply.status(201).send(await products.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/products/:id",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Modifier un produit", params: idParams, body: z.strictObject(productFields).partial().extend({ version: versionField }), response: { 200: productSchema } } },
    async (request) => products.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/products/:id", { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Supprimer un produit", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await products.delete(contextOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get(
    "/api/v1/formulas",
    { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Lister les formules d'un produit", querystring: z.object({ productId: z.uuid() }), response: { 200: z.object({ items: z.array(formulaSchema) }) } } },
    async (request) => ({ items: await formulas.listOfProduct(contextOf(request), request.query.productId) }),
  );
  app.get("/api/v1/formulas/:id", { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Lire une formule", params: idParams, response: { 200: formulaSchema } } }, async (request) =>
    formulas.get(contextOf(request), request.params.id),
  );
  app.get(
    "/api/v1/formulas/:id/guarantee-table",
    { config: { permission: cataloguePermissions.read }, schema: { tags, summary: "Tableau de garanties imprimable d'une formule, par module", params: idParams, response: { 200: guaranteeTableSchema } } },
    async (request) => formulas.guaranteeTable(contextOf(request), request.params.id),
  );
  app.post(
    "/api/v1/formulas",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Créer une formule", body: z.object({ productId: z.uuid(), code: catalogueCode, ...formulaFields }), response: { 201: formulaSchema } } },
    async (request, reply) => reply.status(201).send(await formulas.create(contextOf(request), request.body)),
  );
  app.patch(
    "/api/v1/formulas/:id",
    { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Modifier une formule", params: idParams, body: z.strictObject(formulaFields).partial().extend({ version: versionField }), response: { 200: formulaSchema } } },
    async (request) => formulas.update(contextOf(request), request.params.id, request.body),
  );
  app.delete("/api/v1/formulas/:id", { config: { permission: cataloguePermissions.write }, schema: { tags, summary: "Supprimer une formule", params: idParams, response: { 204: noContent } } }, async (request, reply) => {
    await formulas.delete(contextOf(request), request.params.id);
    return reply.status(204).send();
  });
}
