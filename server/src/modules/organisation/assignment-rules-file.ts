import type { CsvRecord } from "../../platform/imports/csv-reader.js";
import { isBlankRecord, mapHeader, type ImportLineError } from "../../platform/imports/import-lines.js";
import type { ExportColumn } from "../../platform/http/table-export.js";
import { markets, type Market } from "../../platform/records/assignment.js";
import { normaliseText } from "../reference-data/index.js";
import { placeErrors } from "./assignment-rules-service.js";

/** The columns of the rules file, in their documented order (docs/interfaces/assignment-rules.md); export and import share them. */
export const ruleFileColumns = ["marche", "code_postal", "departement", "code_apporteur", "email_conseiller"] as const;
type RuleFileColumn = (typeof ruleFileColumns)[number];

const aliases: Record<string, RuleFileColumn> = {
  market: "marche",
  postal_code: "code_postal",
  cp: "code_postal",
  department: "departement",
  dept: "departement",
  introducer_code: "code_apporteur",
  apporteur: "code_apporteur",
  advisor_email: "email_conseiller",
  conseiller: "email_conseiller",
};

/** A rule as a line of the file says it, the introducer and advisor by their business keys. */
export interface RuleLine {
  market: Market;
  postalCode: string | null;
  department: string | null;
  introducerCode: string;
  advisorEmail: string | null;
}

/** How a line of the report names its rule: "MDP 69003", "MDE 2A". */
export const ruleKey = (rule: { market: string; postalCode: string | null; department: string | null }): string => `${rule.market} ${rule.postalCode ?? rule.department ?? ""}`.trim();

export const ruleExportColumns: ExportColumn<RuleLine>[] = [
  { header: "marche", value: (rule) => rule.market, width: 8 },
  { header: "code_postal", value: (rule) => rule.postalCode, width: 12 },
  { header: "departement", value: (rule) => rule.department, width: 12 },
  { header: "code_apporteur", value: (rule) => rule.introducerCode, width: 18 },
  { header: "email_conseiller", value: (rule) => rule.advisorEmail, width: 32 },
];

const keyOf = (header: string): string => normaliseText(header).replace(/\s+/g, "_");

export interface ValidatedRulesFile {
  read: number;
  valid: Array<{ line: number; rule: RuleLine }>;
  rejected: Array<{ line: number; key: string }>;
  errors: ImportLineError[];
}

/**
 * The whole file checked line by line before anything is written: header, then each line (every
 * faulty column reported); a rule (market and place) seen on an earlier line is refused.
 * Introducer codes and advisor e-mails are checked against the base afterwards.
 */
export function validateRuleRecords(records: CsvRecord[]): ValidatedRulesFile {
  const [header, ...lines] = records;
  const dataLines = lines.filter((record) => !isBlankRecord(record.cells));
  const { columns, errors } = header ? mapHeader(header.cells, { columns: ruleFileColumns, aliases, required: ["marche", "code_apporteur"], missingCode: "assignment_rule.import_missing_column", keyOf }) : { columns: {}, errors: [] };
  const validated: ValidatedRulesFile = { read: dataLines.length, valid: [], rejected: [], errors };
  const cellOf = (record: CsvRecord, column: RuleFileColumn): string => (columns[column] === undefined ? "" : (record.cells[columns[column]] ?? "").trim());
  const keyOfRecord = (record: CsvRecord): string => `${cellOf(record, "marche")} ${cellOf(record, "code_postal") || cellOf(record, "departement")}`.trim();
  if (errors.length > 0) {
    validated.rejected = dataLines.map((record) => ({ line: record.line, key: keyOfRecord(record) }));
    return validated;
  }
  const firstLine = new Map<string, number>();
  for (const record of dataLines) {
    const lineErrors: ImportLineError[] = [];
    const fail = (column: string, code: string, params?: Record<string, unknown>) => lineErrors.push({ line: record.line, column, code, ...(params ? { params } : {}) });
    const marketText = cellOf(record, "marche").toUpperCase();
    if (!marketText) fail("marche", "validation.required");
    else if (!(markets as readonly string[]).includes(marketText)) fail("marche", "assignment_rule.invalid_market", { value: marketText });
    const postalCode = cellOf(record, "code_postal") || null;
    const department = cellOf(record, "departement").toUpperCase() || null;
    const columnOf: Record<string, string> = { postalCode: "code_postal", department: "departement" };
    for (const error of placeErrors(postalCode, department)) fail(columnOf[error.path] ?? "", error.code, error.params);
    const introducerCode = cellOf(record, "code_apporteur");
    if (!introducerCode) fail("code_apporteur", "validation.required");
    const advisorEmail = cellOf(record, "email_conseiller").toLowerCase() || null;
    if (lineErrors.length > 0) {
      validated.errors.push(...lineErrors);
      validated.rejected.push({ line: record.line, key: keyOfRecord(record) });
      continue;
    }
    const rule: RuleLine = { market: marketText as Market, postalCode, department, introducerCode, advisorEmail };
    const first = firstLine.get(ruleKey(rule));
    if (first !== undefined) {
      validated.errors.push({ line: record.line, column: "", code: "assignment_rule.duplicate_in_file", params: { line: first } });
      validated.rejected.push({ line: record.line, key: ruleKey(rule) });
      continue;
    }
    firstLine.set(ruleKey(rule), record.line);
    validated.valid.push({ line: record.line, rule });
  }
  return validated;
}
