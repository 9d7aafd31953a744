import { Box } from "@mui/material";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { frFR } from "@mui/x-data-grid/locales";
import { useMemo } from "react";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { useReferenceChoices } from "../../ui/useReferenceData";
import { isCellValid, usedCriteria, type Criterion, type GridColumn, type GridRow } from "./tariffGrid";
import type { RowCriteria } from "./types";

interface TariffGridProps {
  columns: GridColumn[];
  rows: GridRow[];
  /** The version's own texts, to mark the cells changed since. */
  original: ReadonlyMap<string, GridRow>;
  editable: boolean;
  onChange: (rows: GridRow[]) => void;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

function criterionText(criteria: RowCriteria, criterion: Criterion, translate: Translate, regimeLabel: (code: string) => string): string {
  switch (criterion) {
    case "roles":
      return (criteria.roles ?? []).map((role) => translate(`adhesia.pricing.roles.${role}`)).join(", ");
    case "ages":
      if (criteria.ageMin === undefined && criteria.ageMax === undefined) return "";
      return translate("adhesia.pricing.grid.age_band", { min: criteria.ageMin ?? 0, max: criteria.ageMax ?? "…" });
    case "zones":
      return (criteria.zones ?? []).join(", ");
    case "socialRegimes":
      return (criteria.socialRegimes ?? []).map(regimeLabel).join(", ");
    case "localRegimes":
      return (criteria.localRegimes ?? []).map((code) => translate(`adhesia.pricing.local_regimes.${code}`, { _: code })).join(", ");
    case "structures":
      return (criteria.structures ?? []).map((code) => translate(`adhesia.pricing.structures.${code}`)).join(", ");
  }
}

/**
 * The rates of a version as a spreadsheet-like grid: rows are the criteria, one column per formula
 * (and optional module). A cell is edited in place (Enter, F2, a double click or typing), the arrows
 * move between cells; a text that is not an amount is refused on the spot.
 */
export const TariffGrid = ({ columns, rows, original, editable, onChange }: TariffGridProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const regimes = useReferenceChoices("social_regimes");

  const gridColumns = useMemo<GridColDef<GridRow>[]>(
    () => [
      ...usedCriteria(rows).map(
        (criterion): GridColDef<GridRow> => ({
          field: `criterion:${criterion}`,
          headerName: translate(`adhesia.pricing.grid.criteria.${criterion}`),
          minWidth: criterion === "roles" ? 220 : 110,
          flex: criterion === "roles" ? 1 : 0,
          sortable: false,
          valueGetter: (_value, row) => criterionText(row.criteria, criterion, translate, regimes.label),
        }),
      ),
      ...columns.map(
        (column): GridColDef<GridRow> => ({
          field: column.field,
          headerName: `${column.label} (${translate(column.type === "pmss_percentage" ? "adhesia.pricing.grid.unit_pmss" : "adhesia.pricing.grid.unit_euros")})`,
          minWidth: 150,
          align: "right",
          headerAlign: "right",
          sortable: false,
          editable,
          valueGetter: (_value, row) => row.cells[column.field] ?? "",
          valueSetter: (value: unknown, row) => ({ ...row, cells: { ...row.cells, [column.field]: String(value ?? "").trim() } }),
          cellClassName: (params) => {
            const before = original.get(String(params.id))?.cells[column.field];
            return before !== undefined && before !== params.row.cells[column.field] ? "tariff-cell-changed" : "";
          },
        }),
      ),
    ],
    [columns, rows, original, editable, translate, regimes.label],
  );

  const processRowUpdate = (next: GridRow, previous: GridRow): GridRow => {
    for (const column of columns) {
      const text = next.cells[column.field];
      if (text !== undefined && text !== previous.cells[column.field] && !isCellValid(text, column.type)) {
        throw new Error(translate(column.type === "pmss_percentage" ? "adhesia.pricing.grid.invalid_percent" : "adhesia.pricing.grid.invalid_amount", { value: text }));
      }
    }
    onChange(rows.map((row) => (row.id === next.id ? next : row)));
    return next;
  };

  return (
    <Box sx={{ width: "100%", "& .tariff-cell-changed": { bgcolor: "warning.light", fontWeight: 600 } }} data-testid="tariff-grid">
      <DataGrid<GridRow>
        rows={rows}
        columns={gridColumns}
        density="compact"
        autoHeight
        disableVirtualization
        hideFooter
        disableColumnMenu
        disableRowSelectionOnClick
        isCellEditable={(params) => params.field in params.row.cells}
        processRowUpdate={processRowUpdate}
        onProcessRowUpdateError={(error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: "error" })}
        localeText={locale === "fr" ? frFR.components.MuiDataGrid.defaultProps.localeText : undefined}
      />
    </Box>
  );
};
