import { stringify } from "csv-stringify/sync";

/** UTF-8 byte order mark: without it, Excel in French opens accents as mojibake. */
export const CSV_BOM = "\ufeff";

/** Digits with their sign, spaces and decimal separator (an amount, a phone): nothing a spreadsheet could run. */
const plainFigure = /^[+-]?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?$/;

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
 * first), quoted as text. Names, labels and imported lines come from users, public web forms and
 * partners' files: opened in Excel, `=HYPERLINK(…)` in a last name would run in the reader's
 * session (OWASP "CSV injection").
 */
function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !plainFigure.test(text) ? `'${text}` : text;
}

/** Rows as a French spreadsheet reads them: `;` between cells, quotes where needed, formulas as text; no BOM. */
export function frenchCsvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return stringify(rows.map((row) => row.map((cell) => inertCell(String(cell)))), { delimiter: ";", quoted_match: /\r/ });
}

/** A whole CSV file for French spreadsheets: the BOM, then the rows. */
export function frenchCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): Buffer {
  return Buffer.from(`${CSV_BOM}${frenchCsvLines(rows)}`, "utf8");
}
