import { z } from "zod";

export const idParams = z.object({ id: z.uuid() });
export const versionField = z.number().int().min(1);
export const localeSchema = z.enum(["fr", "en"]);
/** The answer of a route that answers 204 with no body: its OpenAPI response says so instead of "200". */
export const noContent = z.undefined().describe("No content");
/** The `Idempotency-Key` request header, checked by the idempotency hook and listed in the OpenAPI document of every POST it applies to. */
export const idempotencyKey = z.string().min(8).max(200).describe("A repeat with the same key, path and body gets the first answer (header Idempotent-Replayed: true); another body with the same key: 422");
/**
 * An ISO day the database can store. The year 0000 passes the ISO format, but there is no such year
 * (1 BC comes before AD 1): PostgreSQL refused it and the request failed with a 500. `code` names
 * the refusal where a module documents its own (`contract.invalid_day`).
 */
export const storableDay = (code = "validation.invalid_day") => z.iso.date().refine((day) => !day.startsWith("0000"), { params: { code } });
export const isoDay = storableDay();
/** An ISO instant with its offset, as a Date, in a year the database stores (not 0000, as for `isoDay`). */
export const isoInstant = z.iso
  .datetime({ offset: true })
  .refine((value) => !value.startsWith("0000"), { params: { code: "validation.invalid_day" } })
  .transform((value) => new Date(value));

/**
 * Refuses, on `end`, bounds out of order (`inOrder` says which order is right: an origin may end on
 * the day it starts, a period must end after it starts). Checked once both bounds read, even when
 * another member is wrong, so that one answer lists every fault.
 */
export function boundsInOrder<T extends z.ZodType, V>(schema: T, bounds: { start: string; end: string; code: string; inOrder: (start: V, end: V) => boolean }) {
  return schema.refine(
    (value) => {
      const read = value as Record<string, V | null | undefined>;
      const start = read[bounds.start];
      const end = read[bounds.end];
      return start === null || start === undefined || end === null || end === undefined || bounds.inOrder(start, end);
    },
    { path: [bounds.end], params: { code: bounds.code }, when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === bounds.start || issue.path?.[0] === bounds.end) },
  );
}
