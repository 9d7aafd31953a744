import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { z } from "zod";
import { CSV_BOM, frenchCsvLines } from "../files/french-csv.js";
import { dayInFrance } from "../i18n/dates.js";
import { translate } from "../i18n/messages.js";

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportFormatQuery = z.object({ format: z.enum(exportFormats).default("csv") });

export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => CellValue;
  /** Spreadsheet width in characters. */
  width?: number;
  /** Spreadsheet number format, e.g. "dd/mm/yyyy" or "#,##0.00". */
  numFmt?: string;
  /** The CSV text when it is not the plain value's (e.g. amounts with a decimal comma). */
  csv?: (row: T) => string;
}

/**
 * A code as the screens name it, in French (`prefix` e.g. "quote.state" reads the registered
 * "quote.state.<code>"): a spreadsheet is read by people, who know the labels, not the codes.
 */
export const frenchLabel = (prefix: string, code: string): string => translate(`${prefix}.${code}`, "fr");

/** A business date (ISO, no time zone) as a spreadsheet day. */
export const frenchDate = (iso: string | null): Date | null => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);

/** A business date column: a day in XLSX (dd/mm/yyyy), ISO in CSV. */
export function dateColumn<T>(header: string, iso: (row: T) => string | null): ExportColumn<T> {
  return { header, value: (row) => frenchDate(iso(row)), numFmt: "dd/mm/yyyy" };
}

/**
 * The day an instant falls on in France, as a day column: a record created at 00:30 in Paris is
 * stored at 23:30 UTC the day before, and its UTC day was the wrong « créé le ».
 */
export function dayInFranceColumn<T>(header: string, instant: (row: T) => string): ExportColumn<T> {
  return dateColumn(header, (row) => dayInFrance(new Date(instant(row))));
}

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

export interface ExportedFile {
  name: string;
  contentType: string;
  stream: Readable;
}

/** CSV cells as a French spreadsheet reads them back: ISO days, oui/non. */
function csvText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "oui" : "non";
  return String(value);
}

async function* csvChunks<T>(columns: ExportColumn<T>[], batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  yield `${CSV_BOM}${frenchCsvLines([columns.map((column) => column.header)])}`;
  for await (const batch of batches) yield frenchCsvLines(batch.map((row) => columns.map((column) => (column.csv ? column.csv(row) : csvText(column.value(row))))));
}

function xlsxStream<T>(sheetName: string, columns: ExportColumn<T>[], batches: AsyncIterable<T[]>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column, index) => ({ header: column.header, key: String(index), width: column.width ?? 18, ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}) }));
  void (async () => {
    for await (const batch of batches) {
      for (const row of batch) {
        sheet.addRow(columns.map((column) => {
          const value = column.value(row);
          return typeof value === "boolean" ? (value ? "oui" : "non") : (value ?? null);
        })).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** A list as a streamed CSV (semicolons, BOM) or XLSX file, written batch by batch as the rows are read. */
export function exportTable<T>(baseName: string, sheetName: string, columns: ExportColumn<T>[], batches: AsyncIterable<T[]>, format: ExportFormat): ExportedFile {
  return format === "xlsx"
    ? { name: `${baseName}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream: xlsxStream(sheetName, columns, batches) }
    : { name: `${baseName}.csv`, contentType: "text/csv; charset=utf-8", stream: Readable.from(csvChunks(columns, batches)) };
}
