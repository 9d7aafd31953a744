import { and, arrayContains, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { persons } from "./schema.js";

/** Whether a person carries this origin: an origin in use is kept (deactivate it instead). */
export async function personsUseOrigin(tx: Executor, tenantId: string, origin: { id: string }): Promise<boolean> {
  const [row] = await tx.select({ id: persons.id }).from(persons).where(and(eq(persons.tenantId, tenantId), eq(persons.originId, origin.id))).limit(1);
  return row !== undefined;
}

const columnOfTable = { professions: persons.profession, social_regimes: persons.socialRegime, importance: persons.importance } as const;

/** Whether a person is tagged with this reference value (markers, importance, profession, social regime). */
export async function personsUseReferenceValue(tx: Executor, tenantId: string, tableCode: string, valueCode: string): Promise<boolean> {
  const condition =
    tableCode === "markers" ? arrayContains(persons.markers, [valueCode]) : tableCode in columnOfTable ? eq(columnOfTable[tableCode as keyof typeof columnOfTable], valueCode) : undefined;
  if (!condition) return false;
  const [row] = await tx.select({ found: sql<number>`1` }).from(persons).where(and(eq(persons.tenantId, tenantId), condition)).limit(1);
  return row !== undefined;
}
