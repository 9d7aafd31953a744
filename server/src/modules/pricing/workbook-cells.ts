/**
 * Reading typed cells of an imported sheet by column name, each fault kept with its cell
 * ("Grilles!L12") for the validation report. Sheets start with a header row of column names.
 */
import type ExcelJS from "exceljs";
import type { FieldError } from "../../platform/http/problem.js";
import { isIsoDate, parsePercent } from "./engine/index.js";

export class SheetReader {
  private readonly columns = new Map<string, number>();

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly errors: FieldError[],
  ) {
    sheet.getRow(1).eachCell((cell, column) => this.columns.set(String(cell.value ?? "").trim(), column));
  }

  /**
   * Each expected column the header row lacks, reported once on a header cell: one whose name is not
   * expected (a renamed column), else the next empty one. Without it every row would blame the column.
   */
  requireColumns(expected: readonly string[]): void {
    const renamed = [...this.columns].filter(([name]) => name !== "" && !expected.includes(name)).map(([, column]) => column);
    let free = Math.max(0, ...this.columns.values()) + 1;
    for (const name of expected.filter((candidate) => !this.columns.has(candidate))) {
      const column = renamed.shift() ?? free++;
      this.errors.push({ path: `${this.sheet.name}!${this.sheet.getColumn(column).letter}1`, code: "tariff_import.missing_column", params: { value: name } });
    }
  }

  /** The data rows (from row 2) that hold anything, with their row numbers. */
  rows(): number[] {
    const found: number[] = [];
    this.sheet.eachRow((row, number) => {
      if (number > 1 && row.values && (row.values as unknown[]).some((value) => value !== null && value !== undefined && String(value).trim() !== "")) found.push(number);
    });
    return found;
  }

  cellRef(row: number, name: string): string {
    const column = this.columns.get(name);
    return `${this.sheet.name}!${column ? this.sheet.getColumn(column).letter : name}${row}`;
  }

  private cell(row: number, name: string): ExcelJS.Cell | undefined {
    const column = this.columns.get(name);
    return column ? this.sheet.getRow(row).getCell(column) : undefined;
  }

  private raw(row: number, name: string): unknown {
    const value = this.cell(row, name)?.value;
    // Formulas and rich text: their result or plain text.
    if (value && typeof value === "object" && "result" in value) return value.result;
    if (value && typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("");
    return value;
  }

  private fail(row: number, name: string, code: string, value: unknown): undefined {
    this.errors.push({ path: this.cellRef(row, name), code, params: { value: value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? "") } });
    return undefined;
  }

  text(row: number, name: string, required = false): string | undefined {
    const value = this.raw(row, name);
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? "" : String(value).trim();
    if (text === "") return required ? this.fail(row, name, "tariff_import.required", "") : undefined;
    return text;
  }

  oneOf<T extends string>(row: number, name: string, allowed: readonly T[], required = false): T | undefined {
    const text = this.text(row, name, required);
    if (text === undefined) return undefined;
    return (allowed as readonly string[]).includes(text) ? (text as T) : this.fail(row, name, "tariff_import.invalid_value", text);
  }

  list<T extends string>(row: number, name: string, allowed?: readonly T[]): T[] | undefined {
    const text = this.text(row, name);
    if (text === undefined) return undefined;
    const items = text.split(",").map((item) => item.trim()).filter(Boolean);
    if (allowed && items.some((item) => !(allowed as readonly string[]).includes(item))) return this.fail(row, name, "tariff_import.invalid_value", text);
    return items as T[];
  }

  integer(row: number, name: string): number | undefined {
    const text = this.text(row, name);
    if (text === undefined) return undefined;
    return /^\d+$/.test(text) ? Number(text) : this.fail(row, name, "tariff_import.invalid_number", text);
  }

  /** Euros with at most two decimals, as cents. */
  euros(row: number, name: string): number | undefined {
    const text = this.text(row, name)?.replace(",", ".");
    if (text === undefined) return undefined;
    return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : this.fail(row, name, "tariff_import.invalid_amount", text);
  }

  percent(row: number, name: string): string | undefined {
    const value = this.raw(row, name);
    const text = typeof value === "number" && showsPercent(this.cell(row, name)?.numFmt) ? percentOfFraction(value) : this.text(row, name)?.replace(",", ".");
    if (text === undefined) return undefined;
    return parsePercent(text) === undefined ? this.fail(row, name, "tariff_import.invalid_percent", text) : text;
  }

  date(row: number, name: string, required = false): string | undefined {
    const text = this.text(row, name, required);
    if (text === undefined) return undefined;
    return isIsoDate(text) ? text : this.fail(row, name, "tariff_import.invalid_date", text);
  }

  yesNo(row: number, name: string): boolean | undefined {
    const text = this.text(row, name, true)?.toLowerCase();
    if (text === undefined) return undefined;
    if (["oui", "true", "yes", "1"].includes(text)) return true;
    if (["non", "false", "no", "0"].includes(text)) return false;
    return this.fail(row, name, "tariff_import.invalid_value", text);
  }
}

/**
 * Typing "10 %" in a spreadsheet stores 0.1 and shows it through a percent format: the percentage
 * is then the value × 100. A `%` in quotes or escaped is a mere sign, which scales nothing.
 */
function showsPercent(numberFormat: string | undefined): boolean {
  return (numberFormat ?? "").replace(/"[^"]*"|\\./g, "").includes("%");
}

/** 0.1327 → "13.27", exactly: the float product (13.270000000000001) is read back to four decimals. */
function percentOfFraction(fraction: number): string {
  const percent = fraction * 100;
  const text = percent.toFixed(4).replace(/\.?0+$/, "");
  // More than four decimals of a percent cannot be a tariff rate: keep the raw value for the report.
  return Math.abs(Number(text) - percent) < 1e-9 ? text : String(percent);
}
