import { frenchCsv } from "../files/french-csv.js";
import { translate } from "../i18n/messages.js";
import type { ImportLineError } from "./import-lines.js";

export type LineResult = "created" | "updated" | "unchanged" | "rejected";

/** What became of one line of an imported file, named by its business key. */
export interface LineOutcome {
  line: number;
  key: string;
  result: LineResult;
}

/** What became of each line of the file: the job's result file; `keyHeader` names the key column ("code", "regle"). */
export function outcomeReport(outcomes: LineOutcome[], keyHeader: string, resultLabels: Readonly<Record<LineResult, string>>): Buffer {
  return frenchCsv([["ligne", keyHeader, "resultat"], ...outcomes.map((outcome) => [String(outcome.line), outcome.key, resultLabels[outcome.result]])]);
}

/** The error report: one line per fault, in French. */
export function errorReport(errors: ImportLineError[]): Buffer {
  return frenchCsv([["ligne", "colonne", "code", "message"], ...errors.map((error) => [String(error.line), error.column, error.code, translate(error.code, "fr", error.params)])]);
}
