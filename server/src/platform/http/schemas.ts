import { z } from "zod";

export const idParams = z.object({ id: z.uuid() });
export const versionField = z.number().int().min(1);
export const localeSchema = z.enum(["fr", "en"]);
/** Integration POSTs may carry it; a repeat returns the first answer. */
export const idempotencyHeaders = z.object({ "idempotency-key": z.string().min(8).max(200).optional() }).loose();
