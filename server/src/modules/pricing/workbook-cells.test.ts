/** Reading typed cells as a spreadsheet leaves them, from a workbook written and read back as a file. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { FieldError } from "../../platform/http/problem.js";
import { SheetReader } from "./workbook-cells.js";

async function sheetOf(cells: { value: string | number; numFmt?: string }[]): Promise<ExcelJS.Worksheet> {
  const written = new ExcelJS.Workbook();
  const sheet = written.addWorksheet("Remises");
  sheet.addRow(["percent"]);
  cells.forEach(({ value, numFmt }, index) => {
    const cell = sheet.getCell(`A${index + 2}`);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await written.xlsx.writeBuffer());
  const found = read.getWorksheet("Remises");
  if (!found) throw new Error("sheet lost");
  return found;
}

describe("percent cells", () => {
  it("reads a percentage typed the spreadsheet way (0.1 shown as 10 %) as 10, and text or plain numbers as they are", async () => {
    const errors: FieldError[] = [];
    const reader = new SheetReader(
      await sheetOf([
        { value: 0.1, numFmt: "0%" },
        { value: 0.1327, numFmt: "0.00%" },
        { value: 1, numFmt: "0 %" },
        { value: "13.27" },
        { value: 12.5 },
        { value: 0.5, numFmt: '0.0" %"' },
      ]),
      errors,
    );
    expect([2, 3, 4, 5, 6, 7].map((row) => reader.percent(row, "percent"))).toEqual(["10", "13.27", "100", "13.27", "12.5", "0.5"]);
    expect(errors).toEqual([]);
  });

  it("refuses a percent-formatted value with more than four decimals of a percent, naming the cell", async () => {
    const errors: FieldError[] = [];
    const reader = new SheetReader(await sheetOf([{ value: 0.1234567, numFmt: "0.00%" }]), errors);
    expect(reader.percent(2, "percent")).toBeUndefined();
    expect(errors).toEqual([{ path: "Remises!A2", code: "tariff_import.invalid_percent", params: { value: "12.34567" } }]);
  });
});
