import type { ExportColumn } from "../../platform/http/table-export.js";
// The labels the exports write: the states' and kinds' here, the domains' by the catalogue.
import "../catalogue/index.js";
import "./messages.js";

/** A business date (ISO, no time zone) as a spreadsheet day. */
export const frenchDate = (iso: string | null): Date | null => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);

/** An amount kept in cents, exported in euros: a number in XLSX, a decimal comma in CSV. */
export function eurosColumn<T>(header: string, cents: (row: T) => number | null): ExportColumn<T> {
  return {
    header,
    value: (row) => {
      const value = cents(row);
      return value === null ? null : value / 100;
    },
    numFmt: "#,##0.00",
    csv: (row) => {
      const value = cents(row);
      return value === null ? "" : (value / 100).toFixed(2).replace(".", ",");
    },
  };
}
