import { describe, expect, it } from "vitest";
import { comparisonsOf } from "./ruleForm";

describe("comparisonsOf", () => {
  it("keeps a threshold on fuzzy comparisons only and drops emptied ones", () => {
    expect(
      comparisonsOf([
        { field: "lastName", method: "fuzzy", threshold: 0.9 },
        { field: "firstName", method: "fuzzy", threshold: null },
        { field: "birthDate", method: "exact", threshold: 0.5 },
      ]),
    ).toEqual([{ field: "lastName", method: "fuzzy", threshold: 0.9 }, { field: "firstName", method: "fuzzy" }, { field: "birthDate", method: "exact" }]);
  });

  it("reads a missing list as no comparison", () => {
    expect(comparisonsOf(undefined)).toEqual([]);
  });
});
