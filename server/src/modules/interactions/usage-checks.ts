import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { interactions } from "./schema.js";

const columnOfTable = { interaction_types: interactions.type, interaction_results: interactions.resultCode } as const;

/** Whether an interaction carries this type or result: a value in use is deactivated, not deleted. */
export async function interactionsUseReferenceValue(tx: Executor, tenantId: string, tableCode: string, valueCode: string): Promise<boolean> {
  if (!(tableCode in columnOfTable)) return false;
  const column = columnOfTable[tableCode as keyof typeof columnOfTable];
  const [row] = await tx.select({ found: sql<number>`1` }).from(interactions).where(and(eq(interactions.tenantId, tenantId), eq(column, valueCode))).limit(1);
  return row !== undefined;
}
