import type { OriginKind as ServerOriginKind, OriginView } from "../../../../server/src/modules/origins/index.js";
import { serverCodes } from "../../app/serverCodes";

/** Kinds of commercial operation, as the server defines them (server/src/modules/origins/schema.ts). */
export const ORIGIN_KINDS = serverCodes<ServerOriginKind>()(["campaign", "event", "comparator", "spontaneous_call", "web_site", "partner", "referral", "other"]);
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/** GET /origins item. Dates are ISO days; the cost is in euro cents; a `system` origin, used by the interfaces with the shop and comparators, is read-only. */
export type OriginRecord = OriginView;

export const kindChoices = ORIGIN_KINDS.map((id) => ({ id, name: `adhesia.origins.kinds.${id}` }));

/** Cents to the euros shown in the form, and back; an empty input is no cost. */
export const centsToEuros = (cents: unknown): string => (typeof cents === "number" ? String(cents / 100) : "");
export const eurosToCents = (euros: unknown): number | null => {
  if (euros === null || euros === undefined || euros === "") return null;
  const value = typeof euros === "number" ? euros : Number(String(euros).replace(",", "."));
  return Number.isFinite(value) ? Math.round(value * 100) : null;
};
