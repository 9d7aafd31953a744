/**
 * The tariff grid as the screen shows it, and back: one row per set of criteria (age band, roles,
 * zone, regimes, family structure), one column per formula — and per optional module — so that a
 * product manager sees the ladder of levels side by side. A formula whose grid lacks a row has
 * no cell there. Only amounts are edited here: criteria and row order (the engine takes the first
 * matching row) come from the version, unchanged.
 */
import type { ContributionGrid, ContributionType, FormulaRef, RowCriteria, TariffInput, TariffRow, TariffVersion } from "./types";

export interface GridColumn {
  /** Key of the cell in a row: the formula's code, `CODE/option` for an optional module. */
  field: string;
  formulaId: string;
  optionCode: string | null;
  label: string;
  type: ContributionType;
}

export interface GridRow {
  id: string;
  criteria: RowCriteria;
  /** Texts as typed or shown ("46,00" euros, "1,10" % of the PMSS); absent when the column's grid has no such row. */
  cells: Record<string, string>;
}

export const CRITERIA = ["roles", "ages", "zones", "socialRegimes", "localRegimes", "structures"] as const;
export type Criterion = (typeof CRITERIA)[number];

type Separator = "," | ".";
export const decimalSeparator = (locale: string): Separator => (locale === "en" ? "." : ",");

/** Cents as the euros typed in a cell: "46,00". */
export function amountText(cents: number, separator: Separator): string {
  return (cents / 100).toFixed(2).replace(".", separator);
}

/** Euros typed in a cell as cents: at most two decimals, comma or point, spaces ignored; null when not an amount. */
export function parseAmountText(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, "");
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** A percentage typed in a cell as the API's percent text ("1,1" → "1.1"); at most four decimals. */
export function parsePercentText(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, "");
  return /^\d{1,3}(?:[.,]\d{1,4})?$/.test(compact) ? compact.replace(",", ".") : null;
}

/** The text of a cell of a grid of this type, and the value it stands for. */
export function cellText(row: TariffRow, type: ContributionType, separator: Separator): string {
  return type === "pmss_percentage" ? (row.pmssPercent ?? "").replace(".", separator) : amountText(row.amountCents ?? 0, separator);
}

export function isCellValid(text: string, type: ContributionType): boolean {
  return (type === "pmss_percentage" ? parsePercentText(text) : parseAmountText(text)) !== null;
}

function criteriaOf(row: TariffRow): RowCriteria {
  const { amountCents: _amount, pmssPercent: _percent, ...criteria } = row;
  return criteria;
}

/** A stable, readable key of a row's criteria ("roles=child;age=0-25;zones=Z3"). */
export function criteriaKey(criteria: RowCriteria): string {
  const parts: string[] = [];
  const list = (name: string, values: readonly string[] | undefined) => values && parts.push(`${name}=${values.join(",")}`);
  list("roles", criteria.roles);
  if (criteria.ageMin !== undefined || criteria.ageMax !== undefined) parts.push(`age=${criteria.ageMin ?? ""}-${criteria.ageMax ?? ""}`);
  list("zones", criteria.zones);
  list("socialRegimes", criteria.socialRegimes);
  list("localRegimes", criteria.localRegimes);
  list("structures", criteria.structures);
  return parts.join(";") || "all";
}

/** Row ids of one grid, in its order; a criteria set repeated in the grid gets `#2`, `#3`… */
function rowIds(grid: ContributionGrid): string[] {
  const seen = new Map<string, number>();
  return grid.rows.map((row) => {
    const key = criteriaKey(criteriaOf(row));
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

interface Source {
  column: GridColumn;
  grid: ContributionGrid;
}

function sourcesOf(version: Pick<TariffInput, "grids">, formulas: readonly FormulaRef[]): Source[] {
  const byId = new Map(formulas.map((formula) => [formula.id, formula]));
  const ordered = [...version.grids].sort((a, b) => formulas.findIndex((f) => f.id === a.formulaId) - formulas.findIndex((f) => f.id === b.formulaId));
  return ordered.flatMap((entry) => {
    const formula = byId.get(entry.formulaId);
    const code = formula?.code ?? entry.formulaId;
    const label = formula?.label ?? code;
    return [
      { column: { field: code, formulaId: entry.formulaId, optionCode: null, label, type: entry.grid.type }, grid: entry.grid },
      ...entry.options.map((option) => ({
        column: { field: `${code}/${option.code}`, formulaId: entry.formulaId, optionCode: option.code, label: `${label} + ${option.label}`, type: option.grid.type },
        grid: option.grid,
      })),
    ];
  });
}

/** The version's grids as one table: rows in the order they first appear, formulas in display order. */
export function tariffToGrid(version: Pick<TariffInput, "grids">, formulas: readonly FormulaRef[], separator: Separator): { columns: GridColumn[]; rows: GridRow[] } {
  const sources = sourcesOf(version, formulas);
  const rows = new Map<string, GridRow>();
  for (const { column, grid } of sources) {
    rowIds(grid).forEach((id, index) => {
      const tariffRow = grid.rows[index];
      if (!tariffRow) return;
      const row = rows.get(id) ?? { id, criteria: criteriaOf(tariffRow), cells: {} };
      row.cells[column.field] = cellText(tariffRow, column.type, separator);
      rows.set(id, row);
    });
  }
  return { columns: sources.map((source) => source.column), rows: [...rows.values()] };
}

/** The criteria some row of the table uses: the others need no column. */
export function usedCriteria(rows: readonly GridRow[]): Criterion[] {
  const used = (criterion: Criterion) =>
    rows.some(({ criteria }) => (criterion === "ages" ? criteria.ageMin !== undefined || criteria.ageMax !== undefined : criteria[criterion] !== undefined));
  return CRITERIA.filter(used);
}

export interface CellError {
  rowId: string;
  field: string;
}

function editedGrid(grid: ContributionGrid, field: string, rows: ReadonlyMap<string, GridRow>, errors: CellError[]): ContributionGrid {
  const ids = rowIds(grid);
  return {
    type: grid.type,
    rows: grid.rows.map((row, index) => {
      const rowId = ids[index] ?? "";
      const text = rows.get(rowId)?.cells[field];
      const criteria = criteriaOf(row);
      if (grid.type === "pmss_percentage") {
        const pmssPercent = text === undefined ? null : parsePercentText(text);
        if (pmssPercent === null) errors.push({ rowId, field });
        return { ...criteria, pmssPercent: pmssPercent ?? row.pmssPercent ?? "0" };
      }
      const amountCents = text === undefined ? null : parseAmountText(text);
      if (amountCents === null) errors.push({ rowId, field });
      return { ...criteria, amountCents: amountCents ?? row.amountCents ?? 0 };
    }),
  };
}

/** The whole version with the table's amounts, as a new version starting on `effectiveFrom`; or the cells that are not amounts. */
export function gridToTariff(
  version: TariffVersion,
  formulas: readonly FormulaRef[],
  rows: readonly GridRow[],
  effectiveFrom: string,
): { ok: true; tariff: TariffInput } | { ok: false; errors: CellError[] } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const codeOf = (formulaId: string) => formulas.find((formula) => formula.id === formulaId)?.code ?? formulaId;
  const errors: CellError[] = [];
  const grids = version.grids.map((entry) => ({
    formulaId: entry.formulaId,
    grid: editedGrid(entry.grid, codeOf(entry.formulaId), byId, errors),
    options: entry.options.map((option) => ({ ...option, grid: editedGrid(option.grid, `${codeOf(entry.formulaId)}/${option.code}`, byId, errors) })),
  }));
  if (errors.length > 0) return { ok: false, errors };
  const { id: _id, productId: _productId, number: _number, createdAt: _createdAt, ...settings } = version;
  return { ok: true, tariff: { ...settings, effectiveFrom, grids } };
}

/** The version in force on `day`: the latest start on or before it, the last entered among equals (as the server prices). */
export function versionInForce(versions: readonly TariffVersion[], day: string): TariffVersion | undefined {
  return [...versions].filter((version) => version.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.number - a.number)[0];
}
