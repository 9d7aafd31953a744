import { z } from "zod";
import { idParams, isoDay, noContent } from "../../platform/http/schemas.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import type { CompetitorCoveragesService } from "./competitor-coverages-service.js";
import { coverageDomains } from "./schema.js";

const coverageBody = z.strictObject({
  domain: z.enum(coverageDomains),
  insurer: z.string().trim().min(1).max(200),
  product: z.string().trim().max(200).nullable().optional(),
  endDate: isoDay.nullable().optional(),
  annualPremiumCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
});
const coverageView = z.object({
  id: z.uuid(),
  domain: z.enum(coverageDomains),
  insurer: z.string(),
  product: z.string().nullable(),
  endDate: z.string().nullable(),
  annualPremiumCents: z.number().int().nullable(),
  createdAt: z.string(),
});
const coverageParams = idParams.extend({ coverageId: z.uuid() });

export interface CoverageRoutesOptions {
  /** The record's collection, e.g. "/api/v1/persons": the tab is `{collection}/{id}/competitor-coverages`. */
  collection: string;
  tags: string[];
  /** Who holds the coverage, in the summaries: "la personne", "l'entreprise". */
  holder: string;
}

/** The competition tab ("Concurrence") of a kind of record: list, add, remove. */
export function registerCompetitorCoverageRoutes(app: AppServer, coverages: CompetitorCoveragesService, { collection, tags, holder }: CoverageRoutesOptions): void {
  const path = `${collection}/:id/competitor-coverages`;
  app.get(
    path,
    { config: { permission: coverages.permissions.read }, schema: { tags, summary: `Équipement de ${holder} à la concurrence (échéances les plus proches d'abord)`, params: idParams, response: { 200: z.object({ items: z.array(coverageView) }) } } },
    async (request) => ({ items: await coverages.list(contextOf(request), request.params.id) }),
  );
  app.post(
    path,
    { config: { permission: coverages.permissions.write }, schema: { tags, summary: "Ajouter un contrat détenu à la concurrence", params: idParams, body: coverageBody, response: { 201: coverageView } } },
    async (request, reply) => reply.status(201).send(await coverages.add(contextOf(request), request.params.id, request.body)),
  );
  app.delete(`${path}/:coverageId`, { config: { permission: coverages.permissions.write }, schema: { tags, summary: "Retirer un contrat détenu à la concurrence", params: coverageParams, response: { 204: noContent } } }, async (request, reply) => {
    await coverages.remove(contextOf(request), request.params.id, request.params.coverageId);
    return reply.status(204).send();
  });
}
