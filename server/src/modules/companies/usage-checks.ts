import { and, arrayContains, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { companies } from "./schema.js";

/** Whether a company carries this origin: an origin in use is kept (deactivate it instead). */
export async function companiesUseOrigin(tx: Executor, tenantId: string, origin: { id: string }): Promise<boolean> {
  const [row] = await tx.select({ id: companies.id }).from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.originId, origin.id))).limit(1);
  return row !== undefined;
}

const columnOfTable = { legal_forms: companies.legalForm, importance: companies.importance } as const;

/** Whether a company is tagged with this reference value (markers, importance, legal form). */
export async function companiesUseReferenceValue(tx: Executor, tenantId: string, tableCode: string, valueCode: string): Promise<boolean> {
  const condition =
    tableCode === "markers" ? arrayContains(companies.markers, [valueCode]) : tableCode in columnOfTable ? eq(columnOfTable[tableCode as keyof typeof columnOfTable], valueCode) : undefined;
  if (!condition) return false;
  const [row] = await tx.select({ found: sql<number>`1` }).from(companies).where(and(eq(companies.tenantId, tenantId), condition)).limit(1);
  return row !== undefined;
}
