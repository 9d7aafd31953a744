import type { RequestContext } from "../../platform/auth/context.js";
import { exportTable, type ExportColumn, type ExportedFile, type ExportFormat } from "../../platform/http/table-export.js";
import { formatEuros } from "./origin-values.js";
import type { OriginListQuery, OriginsService, OriginView } from "./origins-service.js";

const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The import file's columns first, so that an export edited in a spreadsheet can be imported back. */
const columns: ExportColumn<OriginView>[] = [
  { header: "code", value: (origin) => origin.code },
  { header: "label", value: (origin) => origin.label, width: 36 },
  { header: "label_en", value: (origin) => origin.labelEn, width: 36 },
  { header: "kind", value: (origin) => origin.kind },
  { header: "start_date", value: (origin) => day(origin.startDate), numFmt: "dd/mm/yyyy" },
  { header: "end_date", value: (origin) => day(origin.endDate), numFmt: "dd/mm/yyyy" },
  { header: "cost", value: (origin) => (origin.costCents === null ? null : origin.costCents / 100), numFmt: "#,##0.00", csv: (origin) => (origin.costCents === null ? "" : formatEuros(origin.costCents)) },
  { header: "active", value: (origin) => origin.active },
  { header: "system", value: (origin) => origin.system },
];

/** The origins list as a streamed CSV or XLSX file, with the list's search, filters and sort. */
export function exportOrigins(service: OriginsService, ctx: RequestContext, query: Omit<OriginListQuery, "page" | "perPage">, format: ExportFormat): ExportedFile {
  return exportTable("origines", "Origines", columns, service.iterate(ctx, query), format);
}
