import { and, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { opportunities } from "./schema.js";

/** Whether an opportunity carries this origin: an origin in use is kept (deactivate it instead). */
export async function opportunitiesUseOrigin(tx: Executor, tenantId: string, origin: { id: string }): Promise<boolean> {
  const [row] = await tx.select({ id: opportunities.id }).from(opportunities).where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.originId, origin.id))).limit(1);
  return row !== undefined;
}

/** Whether an opportunity is tagged with this reference value (its product family). */
export async function opportunitiesUseReferenceValue(tx: Executor, tenantId: string, tableCode: string, valueCode: string): Promise<boolean> {
  if (tableCode !== "product_families") return false;
  const [row] = await tx.select({ id: opportunities.id }).from(opportunities).where(and(eq(opportunities.tenantId, tenantId), eq(opportunities.productFamily, valueCode))).limit(1);
  return row !== undefined;
}
