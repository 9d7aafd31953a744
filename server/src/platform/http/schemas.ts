import { z } from "zod";

export const idParams = z.object({ id: z.uuid() });
export const versionField = z.number().int().min(1);
export const localeSchema = z.enum(["fr", "en"]);
/** The answer of a route that answers 204 with no body: its OpenAPI response says so instead of "200". */
export const noContent = z.undefined().describe("No content");
/** The `Idempotency-Key` request header, checked by the idempotency hook and listed in the OpenAPI document of every POST it applies to. */
export const idempotencyKey = z.string().min(8).max(200).describe("A repeat with the same key, path and body gets the first answer (header Idempotent-Replayed: true); another body with the same key: 422");
