import { centsOf } from "../../ui/format";
import type { OpportunityRecord } from "./types";

export type OpportunityFormValues = Partial<OpportunityRecord>;

/** The expected premium is stored in cents and typed in euros. */
export const premiumFormat = (cents: unknown): string => (typeof cents === "number" ? String(cents / 100) : "");
export const premiumParse = (euros: unknown): number | null => centsOf(euros);

const WRITABLE = ["domain", "productFamily", "originId", "wishedStartDate", "probability", "description", "introducerId", "advisorId", "interactionId", "expectedAnnualPremiumCents"] as const;
const HOLDER = ["personId", "companyId"] as const;

/**
 * The body of POST (with the holder) or PATCH /opportunities: only the fields a client writes
 * (never the state), empty texts as null; a creation leaves out what is not given, so that the
 * server fills the defaults (the record's introducer and advisor).
 */
export function toOpportunityPayload(values: OpportunityFormValues, { withHolder }: { withHolder: boolean }): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const key of withHolder ? [...HOLDER, ...WRITABLE] : WRITABLE) {
    const value = values[key];
    if (value === undefined) continue;
    const written = value === "" ? null : value;
    if (withHolder && written === null) continue;
    payload[key] = written;
  }
  return payload;
}
