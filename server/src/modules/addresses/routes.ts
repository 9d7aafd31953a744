import { z } from "zod";
import { requirePermission } from "../../platform/auth/context.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { referencePermissions } from "../reference-data/index.js";
import { normaliseAddress } from "./rnvp.js";

const line = z.string().trim().max(200);

export const addressInputSchema = z.object({
  recipient: line.optional(),
  lines: z.array(line).max(10),
  postalCode: z.string().trim().min(1).max(10),
  city: z.string().trim().min(1).max(100),
  country: z.string().trim().max(60).optional(),
});

const resultSchema = z.object({
  lines: z.array(z.string()),
  status: z.enum(["valid", "corrected", "unknown_locality"]),
  suggestions: z.array(z.object({ postalCode: z.string(), city: z.string() })).optional(),
});

export function registerAddressRoutes(app: AppServer): void {
  app.post(
    "/api/v1/addresses/normalise",
    {
      schema: {
        tags: ["addresses"],
        summary: "Normaliser une adresse postale (RNVP, norme AFNOR NF Z10-011)",
        description: "At most 6 lines of 38 characters, upper case, La Poste's locality; an unknown postal code and locality pair comes with suggestions.",
        body: addressInputSchema,
        response: { 200: resultSchema },
      },
    },
    async (request) => {
      // Any user who may read the referentials may use them to normalise an address they type.
      requirePermission(contextOf(request), referencePermissions.read);
      return normaliseAddress(request.body);
    },
  );
}
