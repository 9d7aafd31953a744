import type { ExportColumn } from "../../platform/http/table-export.js";
import type { CustomFieldView } from "./custom-fields-service.js";

type StoredValue = string | number | boolean | null;

/**
 * One export column per custom field of the tenant (« Compléments »), after the record's own, in
 * the order of the record's tab, headed by the French label; dates and numbers stay typed so that a
 * spreadsheet can sort and sum them.
 */
export function customFieldColumns<T extends { customFields: Record<string, StoredValue> }>(fields: readonly CustomFieldView[]): ExportColumn<T>[] {
  return [...fields]
    .sort((left, right) => left.sortOrder - right.sortOrder || left.key.localeCompare(right.key))
    .map((field): ExportColumn<T> => {
      const stored = (row: T): StoredValue => row.customFields[field.key] ?? null;
      const day = (row: T): Date | null => {
        const value = stored(row);
        return typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null;
      };
      return field.type === "date" ? { header: field.labelFr, value: day, numFmt: "dd/mm/yyyy" } : { header: field.labelFr, value: stored };
    });
}
