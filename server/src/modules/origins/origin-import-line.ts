import { normaliseText } from "../reference-data/index.js";
import type { CsvRecord } from "../../platform/imports/csv-reader.js";
import { isBlankRecord, mapHeader as mapColumns, type ImportLineError } from "../../platform/imports/import-lines.js";
import type { OriginKind } from "./schema.js";
import { isOriginKind, LABEL_MAX, ORIGIN_CODE_PATTERN, parseEuroCents, parseFrenchOrIsoDate } from "./origin-values.js";

/** The columns of the origins import file, in their documented order (docs/interfaces/origins-import.md). */
export const importColumns = ["code", "label", "label_en", "kind", "start_date", "end_date", "cost"] as const;
export type ImportColumn = (typeof importColumns)[number];
const requiredColumns: ImportColumn[] = ["code", "label", "kind"];

/** French headers people type in a spreadsheet, accepted besides the documented ones. */
const headerAliases: Record<string, ImportColumn> = {
  libelle: "label",
  libelle_en: "label_en",
  libelle_anglais: "label_en",
  type: "kind",
  date_debut: "start_date",
  date_fin: "end_date",
  cout: "cost",
};

/** French names of the kinds, accepted in the file besides the codes. */
const kindAliases: Record<string, OriginKind> = {
  campagne: "campaign",
  evenement: "event",
  comparateur: "comparator",
  appel_spontane: "spontaneous_call",
  site_web: "web_site",
  site_internet: "web_site",
  partenaire: "partner",
  recommandation: "referral",
  parrainage: "referral",
  autre: "other",
};

const key = (value: string): string => normaliseText(value).trim().replace(/[\s-]+/g, "_");

export type { ImportLineError };

/** Where each documented column is in the file; unknown columns are ignored. */
export type ColumnMap = Partial<Record<ImportColumn, number>>;

export function mapHeader(cells: string[]): { columns: ColumnMap; errors: ImportLineError[] } {
  return mapColumns(cells, { columns: importColumns, aliases: headerAliases, required: requiredColumns, missingCode: "origin.import_missing_column", keyOf: key });
}

/**
 * One origin as a line of the file says it. An optional field is `undefined` when its column is not
 * in the file (the stored value is kept) and `null` when the cell is empty (the stored value is cleared).
 */
export interface ImportedOrigin {
  code: string;
  label: string;
  labelEn: string | null | undefined;
  kind: OriginKind;
  startDate: string | null | undefined;
  endDate: string | null | undefined;
  costCents: number | null | undefined;
}

export type ImportLineResult = { ok: true; line: number; origin: ImportedOrigin } | { ok: false; line: number; errors: ImportLineError[] };

/** Validates one data line, reporting every faulty column rather than the first. */
export function parseImportLine(line: number, cells: string[], columns: ColumnMap): ImportLineResult {
  const errors: ImportLineError[] = [];
  const fail = (column: ImportColumn, code: string, params?: Record<string, unknown>) => errors.push({ line, column, code, ...(params ? { params } : {}) });
  const cell = (column: ImportColumn): string | undefined => {
    const index = columns[column];
    return index === undefined ? undefined : (cells[index] ?? "").trim();
  };
  const optional = <T>(column: ImportColumn, parse: (text: string) => T | undefined, errorCode: string): T | null | undefined => {
    const text = cell(column);
    if (text === undefined) return undefined;
    if (text === "") return null;
    const value = parse(text);
    if (value === undefined) fail(column, errorCode, { value: text });
    return value;
  };

  const code = cell("code") ?? "";
  if (code === "") fail("code", "validation.required");
  else if (!ORIGIN_CODE_PATTERN.test(code)) fail("code", "origin.invalid_code", { value: code });

  const label = cell("label") ?? "";
  if (label === "") fail("label", "validation.required");
  else if (label.length > LABEL_MAX) fail("label", "validation.too_big", { maximum: LABEL_MAX });

  const labelEnText = cell("label_en");
  const labelEn = labelEnText === undefined ? undefined : labelEnText === "" ? null : labelEnText;
  if (labelEnText && labelEnText.length > LABEL_MAX) fail("label_en", "validation.too_big", { maximum: LABEL_MAX });

  const kindText = cell("kind") ?? "";
  const kind = isOriginKind(kindText) ? kindText : kindAliases[key(kindText)];
  if (kindText === "") fail("kind", "validation.required");
  else if (!kind) fail("kind", "origin.invalid_kind", { value: kindText });

  const startDate = optional("start_date", parseFrenchOrIsoDate, "origin.invalid_date");
  const endDate = optional("end_date", parseFrenchOrIsoDate, "origin.invalid_date");
  if (startDate && endDate && endDate < startDate) fail("end_date", "origin.end_before_start");
  const costCents = optional("cost", parseEuroCents, "origin.invalid_cost");

  if (errors.length > 0 || !kind) return { ok: false, line, errors };
  return { ok: true, line, origin: { code, label, labelEn, kind, startDate, endDate, costCents } };
}

export interface ValidatedFile {
  /** Data lines read (blank lines are not counted). */
  read: number;
  valid: Array<{ line: number; origin: ImportedOrigin }>;
  /** Lines refused before touching the database, with the code they carried if any. */
  rejected: Array<{ line: number; code: string }>;
  errors: ImportLineError[];
}

/**
 * The whole file checked line by line: header first, then each data line; a code seen on an
 * earlier line of the file is refused (which of two lines would win is not for us to guess).
 * A file without a required column has every line refused.
 */
export function validateImportRecords(records: CsvRecord[]): ValidatedFile {
  const [header, ...lines] = records;
  const dataLines = lines.filter((record) => !isBlankRecord(record.cells));
  const { columns, errors } = header ? mapHeader(header.cells) : { columns: {}, errors: [] };
  const codeOf = (record: CsvRecord): string => (columns.code === undefined ? "" : (record.cells[columns.code] ?? "").trim());
  const validated: ValidatedFile = { read: dataLines.length, valid: [], rejected: [], errors };
  if (errors.length > 0) {
    validated.rejected = dataLines.map((record) => ({ line: record.line, code: codeOf(record) }));
    return validated;
  }
  const firstLineOfCode = new Map<string, number>();
  for (const record of dataLines) {
    const result = parseImportLine(record.line, record.cells, columns);
    if (!result.ok) {
      errors.push(...result.errors);
      validated.rejected.push({ line: record.line, code: codeOf(record) });
      continue;
    }
    const first = firstLineOfCode.get(result.origin.code);
    if (first !== undefined) {
      errors.push({ line: record.line, column: "code", code: "origin.duplicate_in_file", params: { line: first } });
      validated.rejected.push({ line: record.line, code: result.origin.code });
      continue;
    }
    firstLineOfCode.set(result.origin.code, record.line);
    validated.valid.push({ line: result.line, origin: result.origin });
  }
  return validated;
}
