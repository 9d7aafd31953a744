import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportTable, type ExportColumn } from "./table-export.js";

interface Row {
  name: string;
  amount: string;
}

const columns: ExportColumn<Row>[] = [
  { header: "nom", value: (row) => row.name },
  { header: "montant", value: (row) => row.amount, csv: (row) => row.amount },
];

async function* once(rows: Row[]): AsyncGenerator<Row[]> {
  yield rows;
}

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

const hostile = "=HYPERLINK(\"http://evil.example\",\"x\")";

describe("exported tables", () => {
  it("writes CSV cells, values and custom texts alike, as inert text for a spreadsheet", async () => {
    const file = exportTable("test", "Test", columns, once([{ name: hostile, amount: "-12,50" }, { name: "Dupont-Durand", amount: "=1+1" }]), "csv");
    expect((await bytesOf(file.stream)).toString("utf8")).toBe(`\ufeffnom;montant\n"'=HYPERLINK(""http://evil.example"",""x"")";-12,50\nDupont-Durand;'=1+1\n`);
  });

  it("writes the same text as text, not as a formula, in XLSX", async () => {
    const file = exportTable("test", "Test", columns, once([{ name: hostile, amount: "1" }]), "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(file.stream);
    const cell = workbook.getWorksheet("Test")?.getCell("A2");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(hostile);
  });
});
