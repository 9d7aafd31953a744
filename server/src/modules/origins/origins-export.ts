import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { RequestContext } from "../../platform/auth/context.js";
import { formatEuros } from "./origin-values.js";
import type { OriginListQuery, OriginsService, OriginView } from "./origins-service.js";

export type ExportFormat = "csv" | "xlsx";

/** The import file's columns first, so that an export edited in a spreadsheet can be imported back. */
const header = ["code", "label", "label_en", "kind", "start_date", "end_date", "cost", "active", "system"];
const yesNo = (value: boolean): string => (value ? "oui" : "non");

async function* csvChunks(batches: AsyncIterable<OriginView[]>): AsyncGenerator<string> {
  // UTF-8 with a BOM so that Excel in French opens accents correctly.
  yield `\ufeff${stringify([header], { delimiter: ";", quoted_match: /\r/ })}`;
  for await (const batch of batches) {
    yield stringify(
      batch.map((origin) => [
        origin.code,
        origin.label,
        origin.labelEn ?? "",
        origin.kind,
        origin.startDate ?? "",
        origin.endDate ?? "",
        origin.costCents === null ? "" : formatEuros(origin.costCents),
        yesNo(origin.active),
        yesNo(origin.system),
      ]),
      { delimiter: ";", quoted_match: /\r/ },
    );
  }
}

const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function xlsxStream(batches: AsyncIterable<OriginView[]>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet("Origines");
  sheet.columns = header.map((key) => ({ header: key, key, width: key === "label" || key === "label_en" ? 36 : 16 }));
  for (const key of ["start_date", "end_date"]) sheet.getColumn(key).numFmt = "dd/mm/yyyy";
  sheet.getColumn("cost").numFmt = "#,##0.00";
  void (async () => {
    for await (const batch of batches) {
      for (const origin of batch) {
        sheet
          .addRow({
            code: origin.code,
            label: origin.label,
            label_en: origin.labelEn,
            kind: origin.kind,
            start_date: excelDate(origin.startDate),
            end_date: excelDate(origin.endDate),
            cost: origin.costCents === null ? null : origin.costCents / 100,
            active: yesNo(origin.active),
            system: yesNo(origin.system),
          })
          .commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** The origins list as a streamed CSV or XLSX file, with the list's search, filters and sort. */
export function exportOrigins(service: OriginsService, ctx: RequestContext, query: Omit<OriginListQuery, "page" | "perPage">, format: ExportFormat) {
  const batches = service.iterate(ctx, query);
  return format === "xlsx"
    ? { name: "origines.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stream: xlsxStream(batches) }
    : { name: "origines.csv", contentType: "text/csv; charset=utf-8", stream: Readable.from(csvChunks(batches)) };
}
