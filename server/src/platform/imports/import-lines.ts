/** One fault of an imported file, reported on its line in the job's error report. */
export interface ImportLineError {
  /** The line in the file (1 is the header). */
  line: number;
  /** The column's documented name, or empty when the error is about the whole line. */
  column: string;
  code: string;
  params?: Record<string, unknown>;
}

/** True when every cell of a record is blank: such lines are not counted. */
export const isBlankRecord = (cells: string[]): boolean => cells.every((cell) => cell.trim() === "");

export interface HeaderSpec<C extends string> {
  columns: readonly C[];
  /** Other headers people type, by their key. */
  aliases: Readonly<Record<string, C>>;
  required: readonly C[];
  /** The error code of a missing required column. */
  missingCode: string;
  /** A header as compared with the columns' names: "Code postal" → "code_postal". */
  keyOf: (header: string) => string;
}

/** Where each documented column is in the file; unknown columns are ignored, missing required ones reported on line 1. */
export function mapHeader<C extends string>(cells: string[], spec: HeaderSpec<C>): { columns: Partial<Record<C, number>>; errors: ImportLineError[] } {
  const columns: Partial<Record<C, number>> = {};
  cells.forEach((cell, index) => {
    const name = spec.keyOf(cell);
    const column = (spec.columns as readonly string[]).includes(name) ? (name as C) : spec.aliases[name];
    if (column && columns[column] === undefined) columns[column] = index;
  });
  const errors = spec.required.filter((column) => columns[column] === undefined).map((column) => ({ line: 1, column, code: spec.missingCode, params: { column } }));
  return { columns, errors };
}
