import { describe, expect, it } from "vitest";
import { isBlankRecord } from "../../platform/imports/import-lines.js";
import { mapHeader, parseImportLine, validateImportRecords } from "./origin-import-line.js";

const { columns } = mapHeader(["code", "label", "label_en", "kind", "start_date", "end_date", "cost"]);

describe("mapHeader", () => {
  it("finds the documented columns in any order, ignoring case, spaces and unknown columns", () => {
    expect(mapHeader(["Kind", " CODE ", "extra", "label"])).toEqual({ columns: { kind: 0, code: 1, label: 3 }, errors: [] });
  });

  it("accepts French headers", () => {
    expect(mapHeader(["code", "Libellé", "Type", "Date début", "Date fin", "Coût"]).columns).toEqual({ code: 0, label: 1, kind: 2, start_date: 3, end_date: 4, cost: 5 });
  });

  it("reports every missing required column on line 1", () => {
    expect(mapHeader(["code", "cost"]).errors).toEqual([
      { line: 1, column: "label", code: "origin.import_missing_column", params: { column: "label" } },
      { line: 1, column: "kind", code: "origin.import_missing_column", params: { column: "kind" } },
    ]);
  });
});

describe("parseImportLine", () => {
  it("reads a complete line", () => {
    expect(parseImportLine(2, ["salon_2026", " Salon des seniors ", "Seniors fair", "event", "01/03/2026", "2026-03-03", "12 500,00"], columns)).toEqual({
      ok: true,
      line: 2,
      origin: { code: "salon_2026", label: "Salon des seniors", labelEn: "Seniors fair", kind: "event", startDate: "2026-03-01", endDate: "2026-03-03", costCents: 1250000 },
    });
  });

  it("gives null for an empty optional cell and undefined for an absent column", () => {
    const { columns: short } = mapHeader(["code", "label", "kind", "cost"]);
    expect(parseImportLine(3, ["web", "Site", "web_site", ""], short)).toEqual({
      ok: true,
      line: 3,
      origin: { code: "web", label: "Site", labelEn: undefined, kind: "web_site", startDate: undefined, endDate: undefined, costCents: null },
    });
  });

  it("accepts the French name of a kind", () => {
    const result = parseImportLine(2, ["a", "A", "", "Appel spontané", "", "", ""], columns);
    expect(result.ok && result.origin.kind).toBe("spontaneous_call");
  });

  it("reports every faulty column of a line", () => {
    expect(parseImportLine(7, ["bad code!", "", "", "tv", "31/02/2026", "2026-01-01", "-5"], columns)).toEqual({
      ok: false,
      line: 7,
      errors: [
        { line: 7, column: "code", code: "origin.invalid_code", params: { value: "bad code!" } },
        { line: 7, column: "label", code: "validation.required" },
        { line: 7, column: "kind", code: "origin.invalid_kind", params: { value: "tv" } },
        { line: 7, column: "start_date", code: "origin.invalid_date", params: { value: "31/02/2026" } },
        { line: 7, column: "cost", code: "origin.invalid_cost", params: { value: "-5" } },
      ],
    });
  });

  it("refuses an end date before the start date, and a missing code or kind", () => {
    expect(parseImportLine(4, ["x", "X", "", "other", "2026-02-01", "2026-01-31", ""], columns)).toEqual({
      ok: false,
      line: 4,
      errors: [{ line: 4, column: "end_date", code: "origin.end_before_start" }],
    });
    const missing = parseImportLine(5, ["", "X"], columns);
    expect(missing.ok ? [] : missing.errors.map((error) => [error.column, error.code])).toEqual([
      ["code", "validation.required"],
      ["kind", "validation.required"],
    ]);
  });

  it("refuses a label longer than 200 characters", () => {
    const result = parseImportLine(2, ["x", "L".repeat(201), "E".repeat(201), "other"], columns);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, column: "label", code: "validation.too_big", params: { maximum: 200 } },
      { line: 2, column: "label_en", code: "validation.too_big", params: { maximum: 200 } },
    ]);
  });
});

describe("isBlankRecord", () => {
  it("says whether every cell is blank", () => {
    expect(isBlankRecord(["", "  "])).toBe(true);
    expect(isBlankRecord(["", "x"])).toBe(false);
  });
});

describe("validateImportRecords", () => {
  const header = { line: 1, cells: ["code", "label", "kind"] };

  it("splits a file into valid lines, refused lines and errors, skipping blank lines", () => {
    const result = validateImportRecords([
      header,
      { line: 2, cells: ["a", "A", "other"] },
      { line: 3, cells: ["", "", ""] },
      { line: 4, cells: ["b", "", "other"] },
      { line: 5, cells: ["a", "A again", "event"] },
    ]);
    expect(result.read).toBe(3);
    expect(result.valid.map((item) => [item.line, item.origin.code])).toEqual([[2, "a"]]);
    expect(result.rejected).toEqual([
      { line: 4, code: "b" },
      { line: 5, code: "a" },
    ]);
    expect(result.errors).toEqual([
      { line: 4, column: "label", code: "validation.required" },
      { line: 5, column: "code", code: "origin.duplicate_in_file", params: { line: 2 } },
    ]);
  });

  it("refuses every line of a file without a required column", () => {
    const result = validateImportRecords([{ line: 1, cells: ["code", "label"] }, { line: 2, cells: ["a", "A"] }]);
    expect(result).toEqual({
      read: 1,
      valid: [],
      rejected: [{ line: 2, code: "a" }],
      errors: [{ line: 1, column: "kind", code: "origin.import_missing_column", params: { column: "kind" } }],
    });
  });

  it("reads an empty file as nothing to do", () => {
    expect(validateImportRecords([])).toEqual({ read: 0, valid: [], rejected: [], errors: [] });
  });
});
