import { and, arrayContains, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../platform/db/database.js";
import { guarantees, products, ranges } from "./schema.js";

interface CodeColumn {
  table: PgTable & { tenantId: AnyPgColumn };
  column: AnyPgColumn;
  /** The column holds several codes (`text[]`) rather than one. */
  many: boolean;
}

/** Where the catalogue keeps the codes of each reference table it uses. */
const columnsOfTable: Readonly<Record<string, CodeColumn>> = {
  product_families: { table: ranges, column: ranges.productFamily, many: false },
  product_designers: { table: ranges, column: ranges.designers, many: true },
  coverage_modules: { table: guarantees, column: guarantees.coverageModule, many: false },
  insurers: { table: products, column: products.insurers, many: true },
  product_managers: { table: products, column: products.managers, many: true },
  sales_channels: { table: products, column: products.channels, many: true },
};

/** Whether a range, guarantee or product carries this reference value: a value in use is deactivated, not deleted. */
export async function catalogueUsesReferenceValue(tx: Executor, tenantId: string, tableCode: string, valueCode: string): Promise<boolean> {
  const place = columnsOfTable[tableCode];
  if (!place) return false;
  const carries: SQL = place.many ? arrayContains(place.column, [valueCode]) : eq(place.column, valueCode);
  const [row] = await tx.select({ found: sql<number>`1` }).from(place.table).where(and(eq(place.table.tenantId, tenantId), carries)).limit(1);
  return row !== undefined;
}
