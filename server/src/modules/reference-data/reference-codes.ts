import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { referenceValues } from "./schema.js";

/** The codes among `codes` that are not active values of the tenant's table: what a record may not be tagged with. */
export async function unknownReferenceCodes(tx: Executor, tenantId: string, tableCode: string, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await tx
    .select({ code: referenceValues.code })
    .from(referenceValues)
    .where(and(eq(referenceValues.tenantId, tenantId), eq(referenceValues.tableCode, tableCode), eq(referenceValues.active, true), inArray(referenceValues.code, [...codes])));
  const known = new Set(found.map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}

/** The French labels of a tenant's table by code, deactivated values included (records keep them): what an export names a code by. */
export async function referenceLabels(tx: Executor, tenantId: string, tableCode: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ code: referenceValues.code, label: referenceValues.labelFr })
    .from(referenceValues)
    .where(and(eq(referenceValues.tenantId, tenantId), eq(referenceValues.tableCode, tableCode)));
  return new Map(rows.map((row) => [row.code, row.label]));
}
