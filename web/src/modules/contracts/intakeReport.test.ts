import { describe, expect, it } from "vitest";
import { errorsByFile, hasImportableLines, orderedCounts, runCounts, runState } from "./intakeReport";
import type { IntakeError } from "./types";

const error = (file: IntakeError["file"], line: number, column: string): IntakeError => ({ file, line, column, code: "x", message: `${file}:${line}:${column}` });

describe("errorsByFile", () => {
  it("groups the faults by file in the holders, contracts, beneficiaries order, each by line, with their contract", () => {
    const groups = errorsByFile({
      lines: [
        { line: 5, key: "PART-004", result: "rejected", errors: [error("contracts", 5, "holder_ref")] },
        { line: 6, key: "PART-005", result: "rejected", errors: [error("holders", 5, "birth_date"), error("contracts", 6, "domain")] },
        { line: 2, key: "PART-001", result: "created", errors: [] },
      ],
      errors: [error("beneficiaries", 6, "contract_number"), error("holders", 1, "type")],
    });
    expect(groups.map((group) => group.file)).toEqual(["holders", "contracts", "beneficiaries"]);
    expect(groups[0]?.errors.map((e) => [e.line, e.column, e.contract])).toEqual([
      [1, "type", null],
      [5, "birth_date", "PART-005"],
    ]);
    expect(groups[1]?.errors.map((e) => e.line)).toEqual([5, 6]);
    expect(groups[2]?.errors[0]?.contract).toBeNull();
  });

  it("leaves out the files without faults", () => {
    expect(errorsByFile({ lines: [{ line: 2, key: "A", result: "created", errors: [] }], errors: [] })).toEqual([]);
  });
});

describe("hasImportableLines", () => {
  it("is false when every contract would be rejected", () => {
    expect(hasImportableLines({ counters: { created: 0, updated: 0, unchanged: 0, rejected: 3 } })).toBe(false);
  });
  it("is true when one contract would be written or found unchanged", () => {
    expect(hasImportableLines({ counters: { created: 0, updated: 0, unchanged: 1, rejected: 3 } })).toBe(true);
  });
});

describe("orderedCounts", () => {
  it("orders the counts and fills the missing ones with zero", () => {
    expect(orderedCounts({ rejected: 2, read: 5, created: 3 })).toEqual([
      { result: "created", count: 3 },
      { result: "updated", count: 0 },
      { result: "unchanged", count: 0 },
      { result: "rejected", count: 2 },
    ]);
    expect(orderedCounts(null).every((entry) => entry.count === 0)).toBe(true);
  });
});

describe("runState and runCounts", () => {
  it("shows an unconfirmed intake as simulated, with its dry run's counts", () => {
    const batch = { status: "previewed" as const, state: null, preview: { created: 3 }, counters: null };
    expect(runState(batch)).toBe("previewed");
    expect(runCounts(batch)).toEqual({ created: 3 });
  });
  it("follows the job of a confirmed run, queued until its job row is read", () => {
    expect(runState({ status: "confirmed", state: null })).toBe("queued");
    expect(runState({ status: "confirmed", state: "succeeded" })).toBe("succeeded");
    expect(runCounts({ status: "confirmed", preview: { created: 3 }, counters: { created: 2, rejected: 1 } })).toEqual({ created: 2, rejected: 1 });
  });
});
