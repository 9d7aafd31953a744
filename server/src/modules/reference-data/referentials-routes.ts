import { z } from "zod";
import type { AppServer } from "../../platform/http/server.js";
import { referencePermissions } from "./permissions.js";
import { headcountBands, searchIdcc, searchNaf, searchPostalCodes } from "./referentials/index.js";

/**
 * Without `limit`, each referential applies its own default (20 for NAF and IDCC, 50 for postal
 * codes so that a code shared by many communes is never cut), hence no default here.
 */
const searchQuery = z.object({ q: z.string().trim().max(100).default(""), limit: z.coerce.number().int().min(1).max(100).optional() });

/** French national referentials, read-only and the same for every tenant. */
export function registerReferentialsRoutes(app: AppServer): void {
  const tags = ["referentials"];

  app.get(
    "/api/v1/referentials/naf",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags,
        summary: "Codes NAF rév. 2 (INSEE), niveaux 2 (division) et 5 (sous-classe)",
        querystring: searchQuery.extend({ level: z.enum(["2", "5"]).transform((value) => (value === "2" ? 2 : 5) as 2 | 5).optional() }),
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string(), level: z.union([z.literal(2), z.literal(5)]) })) }) },
      },
    },
    async (request) => {
      const { q, limit, level } = request.query;
      return { items: searchNaf(q, { limit, ...(level ? { level } : {}) }) };
    },
  );

  app.get(
    "/api/v1/referentials/idcc",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags,
        summary: "Conventions collectives (IDCC)",
        querystring: searchQuery,
        response: { 200: z.object({ items: z.array(z.object({ idcc: z.string(), title: z.string(), shortTitle: z.string().optional() })) }) },
      },
    },
    async (request) => ({ items: searchIdcc(request.query.q, { limit: request.query.limit }) }),
  );

  app.get(
    "/api/v1/referentials/postal-codes",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags,
        summary: "Codes postaux et communes (base La Poste) : code complet, début de code ou nom de commune",
        querystring: searchQuery,
        response: {
          200: z.object({
            items: z.array(z.object({ postalCode: z.string(), city: z.string(), communeName: z.string(), inseeCode: z.string(), deliveryLine: z.string().optional() })),
          }),
        },
      },
    },
    async (request) => ({ items: searchPostalCodes(request.query.q, { limit: request.query.limit }) }),
  );

  app.get(
    "/api/v1/referentials/headcount-bands",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags,
        summary: "Tranches d'effectif salarié (codes INSEE)",
        response: {
          200: z.object({
            items: z.array(z.object({ code: z.string(), labelFr: z.string(), labelEn: z.string(), min: z.number().nullable(), max: z.number().nullable() })),
          }),
        },
      },
    },
    async () => ({ items: headcountBands.map((band) => ({ code: band.code, labelFr: band.labelFr, labelEn: band.labelEn, min: band.min, max: band.max })) }),
  );
}
