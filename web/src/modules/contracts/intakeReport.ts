import { INTAKE_FILES, LINE_RESULTS, type ImportBatchRecord, type IntakeError, type IntakeFile, type IntakePreview, type LineResult } from "./types";

/** A fault of the dry run with the contract it belongs to (null: a fault of no contract, like a missing column). */
export interface PlacedError extends IntakeError {
  contract: string | null;
}

export interface FileErrors {
  file: IntakeFile;
  errors: PlacedError[];
}

/**
 * The dry run's faults grouped by the file to correct (holders, contracts, beneficiaries, in that
 * order), each file's by line then column: what the sender fixes, file by file.
 */
export function errorsByFile(preview: Pick<IntakePreview, "lines" | "errors">): FileErrors[] {
  const placed: PlacedError[] = [
    ...preview.lines.flatMap((line) => line.errors.map((error) => ({ ...error, contract: line.key }))),
    ...preview.errors.map((error) => ({ ...error, contract: null })),
  ];
  return INTAKE_FILES.map((file) => ({
    file,
    errors: placed.filter((error) => error.file === file).sort((a, b) => a.line - b.line || a.column.localeCompare(b.column)),
  })).filter((group) => group.errors.length > 0);
}

/** Confirming writes something only when at least one contract would not be rejected. */
export function hasImportableLines(preview: Pick<IntakePreview, "counters">): boolean {
  return LINE_RESULTS.some((result) => result !== "rejected" && preview.counters[result] > 0);
}

/** A run's counts in a fixed order (created, updated, unchanged, rejected), zero when the job did not report one. */
export function orderedCounts(counters: Readonly<Record<string, number>> | null): Array<{ result: LineResult; count: number }> {
  return LINE_RESULTS.map((result) => ({ result, count: counters?.[result] ?? 0 }));
}

export type RunState = "previewed" | NonNullable<ImportBatchRecord["state"]>;

/** Where a run stands: an intake only simulated, or its job's state (queued until the job row says otherwise). */
export function runState(batch: Pick<ImportBatchRecord, "status" | "state">): RunState {
  return batch.status === "previewed" ? "previewed" : (batch.state ?? "queued");
}

/** The counts a run shows: its job's once confirmed, else those of its dry run. */
export function runCounts(batch: Pick<ImportBatchRecord, "status" | "counters" | "preview">): Record<string, number> | null {
  return batch.status === "previewed" ? batch.preview : batch.counters;
}
