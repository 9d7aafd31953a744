/** Reading and writing tariff versions: the rows of one version, and the versions in force at a date. */
import { and, asc, desc, eq, inArray, lte, max } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import type { Tariff } from "./engine/index.js";
import type { TariffInput, TariffView } from "./tariff-schemas.js";
import { tariffGrids, tariffs } from "./schema.js";

type TariffRow = typeof tariffs.$inferSelect;
type GridRow = typeof tariffGrids.$inferSelect;

export function toTariffView(row: TariffRow, grids: GridRow[]): TariffView {
  return {
    id: row.id,
    productId: row.productId,
    number: row.number,
    effectiveFrom: row.effectiveFrom,
    ageMethod: row.ageMethod,
    responsibleContract: row.responsibleContract,
    zones: row.zones,
    defaultZone: row.defaultZone,
    fees: row.fees,
    discounts: row.discounts,
    commissions: row.commissions,
    grids: grids.map((grid) => ({ formulaId: grid.formulaId, grid: grid.grid, options: grid.options })),
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the engine needs of a stored version, for one formula. */
export function engineTariff(row: TariffRow, grid: GridRow): Tariff {
  return {
    version: `${row.number} (${row.effectiveFrom})`,
    ageMethod: row.ageMethod,
    responsibleContract: row.responsibleContract,
    zones: row.zones,
    ...(row.defaultZone === null ? {} : { defaultZone: row.defaultZone }),
    grid: grid.grid,
    options: grid.options,
    fees: row.fees,
    discounts: row.discounts,
    commissions: row.commissions,
  };
}

export async function insertTariffVersion(tx: Executor, tenantId: string, userId: string | null, productId: string, input: TariffInput): Promise<TariffView> {
  // Two versions entered at once may compute the same number: the unique index refuses the second.
  const [last] = await tx
    .select({ number: max(tariffs.number) })
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), eq(tariffs.productId, productId)));
  const { grids, ...settings } = input;
  const [row] = await tx
    .insert(tariffs)
    .values({ tenantId, productId, number: (last?.number ?? 0) + 1, ...settings, createdBy: userId, updatedBy: userId })
    .returning();
  if (!row) throw new Error("insert returned no row");
  const gridRows = await tx
    .insert(tariffGrids)
    .values(grids.map((grid) => ({ tenantId, tariffId: row.id, formulaId: grid.formulaId, grid: grid.grid, options: grid.options, createdBy: userId, updatedBy: userId })))
    .returning();
  return toTariffView(row, gridRows);
}

export async function gridsOf(tx: Executor, tenantId: string, tariffIds: string[]): Promise<GridRow[]> {
  if (tariffIds.length === 0) return [];
  return tx
    .select()
    .from(tariffGrids)
    .where(and(eq(tariffGrids.tenantId, tenantId), inArray(tariffGrids.tariffId, tariffIds)))
    // Ids are time-ordered: grids come back in the order they were entered (the formulas' order).
    .orderBy(asc(tariffGrids.id));
}

/** The version of each product in force on `date`: the latest start on or before it, the last entered among equals. */
export async function tariffsInForce(tx: Executor, tenantId: string, productIds: string[], date: string): Promise<TariffRow[]> {
  if (productIds.length === 0) return [];
  return tx
    .selectDistinctOn([tariffs.productId])
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), inArray(tariffs.productId, productIds), lte(tariffs.effectiveFrom, date)))
    .orderBy(tariffs.productId, desc(tariffs.effectiveFrom), desc(tariffs.number));
}

export async function tariffVersions(tx: Executor, tenantId: string, productId: string): Promise<TariffRow[]> {
  return tx
    .select()
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), eq(tariffs.productId, productId)))
    .orderBy(desc(tariffs.effectiveFrom), desc(tariffs.number));
}
