/** The profile part of a pricing request, shared by a price and by proposals. */
import { z } from "zod";
import { beneficiaryRoles, localRegimes, repeatedIndexes, type PricingProfile } from "./engine/index.js";
import { isoDay } from "../../platform/http/schemas.js";

export const profileFields = {
  effectiveDate: isoDay,
  postalCode: z.string().trim().regex(/^\d{5}$/),
  socialRegime: z.string().trim().min(1).max(60).describe("Code of the social_regimes reference table: general, agricultural, self_employed…"),
  localRegime: z.enum(localRegimes).default("none"),
  beneficiaries: z.array(z.object({ role: z.enum(beneficiaryRoles), birthDate: isoDay })).min(1).max(15),
  introducerId: z.uuid().optional(),
  options: z
    .array(z.string().trim().min(1).max(60))
    .max(20)
    // Refused here too, not only by the engine: proposals would otherwise leave out every formula without a word.
    .superRefine((codes, context) => {
      for (const index of repeatedIndexes(codes)) context.addIssue({ code: "custom", path: [index], message: "chosen twice", params: { code: "pricing.option_twice" } });
    })
    .optional(),
};

export const priceRequestSchema = z.object({ productId: z.uuid(), formulaId: z.uuid(), channel: z.string().trim().min(1).max(60).optional(), ...profileFields });
export type PriceRequest = z.infer<typeof priceRequestSchema>;

export const proposalsRequestSchema = z.object({ channel: z.string().trim().min(1).max(60), ...profileFields });
export type ProposalsRequest = z.infer<typeof proposalsRequestSchema>;

/** The commercial organisation as pricing reads it: a known introducer's kind, which decides its commission rule, and the kinds there are. */
export interface IntroducerDirectory {
  kindOf: (tenantId: string, id: string) => Promise<{ id: string; kind: string } | undefined>;
  kinds: readonly string[];
}

export function profileOf(request: PriceRequest | ProposalsRequest, introducer: { id: string; kind: string } | undefined): PricingProfile {
  return {
    effectiveDate: request.effectiveDate,
    postalCode: request.postalCode,
    socialRegime: request.socialRegime,
    localRegime: request.localRegime,
    beneficiaries: request.beneficiaries,
    ...(request.channel === undefined ? {} : { channel: request.channel }),
    ...(introducer ? { introducer } : {}),
    ...(request.options === undefined ? {} : { options: request.options }),
  };
}
