import { z } from "zod";
import type { AppServer } from "../../platform/http/server.js";
import { referencePermissions } from "../reference-data/index.js";
import "./messages.js";
import { isFrench, normaliseAddress } from "./rnvp.js";

const line = z.string().trim().max(200);

/** An address as typed, for the normaliser; records' schemas add `.superRefine(frenchPostalCode)` last. */
export const addressInputSchema = z.object({
  recipient: line.optional(),
  lines: z.array(line).max(10),
  postalCode: z.string().trim().min(1).max(10),
  city: z.string().trim().min(1).max(100),
  country: z.string().trim().max(60).optional(),
});

/** A record's postal address (persons, companies, sites): one to five lines, no recipient (the record names it). */
export const postalAddressInput = addressInputSchema.omit({ recipient: true }).extend({ lines: z.array(z.string().trim().max(200)).min(1).max(5) });

/**
 * A French address (no country, France or an overseas department) has a postal code of five digits,
 * spaces allowed ("75 011"); abroad any code goes. Refused on `postalCode`, before it is normalised.
 */
export function frenchPostalCode(address: { postalCode: string; country?: string | undefined }, context: z.RefinementCtx): void {
  if (isFrench(address.country) && !/^\d{5}$/.test(address.postalCode.replace(/\s/g, ""))) {
    context.addIssue({ code: "custom", path: ["postalCode"], message: "invalid French postal code", params: { code: "address.invalid_postal_code" } });
  }
}

const resultSchema = z.object({
  lines: z.array(z.string()),
  status: z.enum(["valid", "corrected", "unknown_locality"]),
  suggestions: z.array(z.object({ postalCode: z.string(), city: z.string() })).optional(),
  truncated: z.literal(true).optional().describe("A line was over 38 characters even abbreviated and without its articles: cut at a word, it lost its end"),
});

export function registerAddressRoutes(app: AppServer): void {
  app.post(
    "/api/v1/addresses/normalise",
    {
      config: { permission: referencePermissions.read },
      schema: {
        tags: ["addresses"],
        summary: "Normaliser une adresse postale (RNVP, norme AFNOR NF Z10-011)",
        description: "At most 6 lines of 38 characters, upper case, La Poste's locality; an unknown postal code and locality pair comes with suggestions.",
        body: addressInputSchema.superRefine(frenchPostalCode),
        response: { 200: resultSchema },
      },
    },
    async (request) => normaliseAddress(request.body),
  );
}
