import { z } from "zod";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { personCreateBody } from "../persons/index.js";
import type { QuoteIntake } from "./quote-intake.js";
import { quoteNumber } from "./quote-routes.js";
import { initialQuoteStates } from "./quotes-service.js";
import { opportunityPermissions, quotePermissions } from "./permissions.js";
import { isoDay } from "../../platform/http/schemas.js";

const cents = z.number().int().min(0).max(100_000_000_00);

const incomingQuote = z.strictObject({
  externalReference: z.string().trim().min(1).max(200).describe("The sender's reference of the quote, unique in the tenant"),
  originCode: z.string().trim().min(1).max(60).describe("Code of a marketing origin, e.g. comparator_les_furets"),
  person: personCreateBody.omit({ originId: true, duplicateResolution: true }).extend({
    postalCode: z.string().trim().regex(/^\d{5}$/).optional().describe("Without addresses: used for matching, and kept as a new person's main address (docs/interfaces/quote-intake.md)"),
    city: z.string().trim().min(1).max(100).optional().describe("The city of postalCode, kept with it"),
  }),
  opportunityId: z.uuid().optional().describe("Without it, an opportunity is created with the payload's origin"),
  quote: z.strictObject({
    number: quoteNumber,
    productCode: z.string().trim().min(1).max(60).optional(),
    formulaCode: z.string().trim().min(1).max(60).optional(),
    annualGrossCents: cents,
    monthlyGrossCents: cents.optional(),
    effectiveDate: isoDay,
    validUntil: isoDay,
    state: z.enum(initialQuoteStates).optional().describe("Default: to_issue"),
  }),
});

export function registerQuoteIntakeRoutes(app: AppServer, intake: QuoteIntake): void {
  app.post(
    "/api/v1/integrations/quotes",
    {
      config: { permission: [quotePermissions.write, opportunityPermissions.write], caller: "api_key" },
      schema: {
        tags: ["integrations"],
        summary:
          "Recevoir un devis d'un système de devis (clé d'API seulement, 403 auth.api_key_required pour une session ; Idempotency-Key) : personne rapprochée par les règles de doublons ou créée, opportunité créée si aucune n'est donnée",
        body: incomingQuote,
        response: { 201: z.object({ personId: z.uuid(), opportunityId: z.uuid(), quoteId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await intake.receive(contextOf(request), request.body));
    },
  );
}
