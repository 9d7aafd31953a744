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

/** The id of the version of each product in force on `date`: the latest start on or before it, the last entered among equals. */
export async function tariffIdsInForce(tx: Executor, tenantId: string, productIds: string[], date: string): Promise<string[]> {
  if (productIds.length === 0) return [];
  const rows = await tx
    .selectDistinctOn([tariffs.productId], { id: tariffs.id })
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), inArray(tariffs.productId, productIds), lte(tariffs.effectiveFrom, date)))
    .orderBy(tariffs.productId, desc(tariffs.effectiveFrom), desc(tariffs.number));
  return rows.map((row) => row.id);
}

export interface StoredVersion {
  tariff: TariffRow;
  grids: GridRow[];
}

/** Versions with their grids, by id. */
export async function versionsByIds(tx: Executor, tenantId: string, ids: string[]): Promise<StoredVersion[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), inArray(tariffs.id, ids)));
  const grids = await gridsOf(tx, tenantId, ids);
  return rows.map((tariff) => ({ tariff, grids: grids.filter((grid) => grid.tariffId === tariff.id) }));
}

export async function tariffVersions(tx: Executor, tenantId: string, productId: string): Promise<TariffRow[]> {
  return tx
    .select()
    .from(tariffs)
    .where(and(eq(tariffs.tenantId, tenantId), eq(tariffs.productId, productId)))
    .orderBy(desc(tariffs.effectiveFrom), desc(tariffs.number));
}
