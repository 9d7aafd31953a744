import ExcelJS from "exceljs";
import { decodeText, parseCsv, type CsvRecord } from "./csv-reader.js";

export type ImportFormat = "csv" | "xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function importFormatOf(contentType: string): ImportFormat | undefined {
  if (contentType === "text/csv") return "csv";
  if (contentType === XLSX_TYPE) return "xlsx";
  return undefined;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A spreadsheet cell as the text a person sees; dates as ISO days, amounts without float noise. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(value);
  if (typeof value === "number") return Number.isInteger(value * 100) ? String(value) : String(Math.round(value * 1e6) / 1e6);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
  return "";
}

async function readXlsx(data: Buffer): Promise<CsvRecord[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value));
    records.push({ line: rowNumber, cells });
  });
  return records;
}

/** The records of an uploaded file, header first: CSV (`;` or `,`, UTF-8 with or without BOM) or the first sheet of an XLSX workbook. */
export async function readImportFile(format: ImportFormat, data: Buffer): Promise<CsvRecord[]> {
  return format === "xlsx" ? readXlsx(data) : parseCsv(decodeText(data));
}
