import type { Executor } from "../../platform/db/database.js";
import { referenceTableCatalogue } from "./catalogue.js";
import { referenceTables, referenceValues } from "./schema.js";

/**
 * Gives a tenant the catalogue's reference tables it lacks, each with its default values. A table
 * the tenant already has is left alone, so values it deleted do not come back.
 */
export async function installReferenceTables(tx: Executor, tenantId: string): Promise<void> {
  for (const table of referenceTableCatalogue) {
    const inserted = await tx
      .insert(referenceTables)
      .values({ tenantId, code: table.code, labelFr: table.fr, labelEn: table.en })
      .onConflictDoNothing()
      .returning({ code: referenceTables.code });
    if (inserted.length === 0) continue;
    await tx
      .insert(referenceValues)
      .values(table.defaults.map((value, index) => ({ tenantId, tableCode: table.code, code: value.code, labelFr: value.fr, labelEn: value.en, sortOrder: (index + 1) * 10 })))
      .onConflictDoNothing();
  }
}
