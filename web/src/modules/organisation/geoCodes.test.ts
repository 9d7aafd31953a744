import { describe, expect, it } from "vitest";
import { isDepartment, isPostalCode, splitCodes } from "./geoCodes";

describe("department and postal codes of sectors and rules", () => {
  it("accepts metropolitan departments, Corsica's 2A/2B and the overseas ones", () => {
    for (const code of ["01", "69", "95", "2A", "2b", " 974 "]) expect(isDepartment(code)).toBe(true);
    for (const code of ["00", "20", "96", "977", "6", "690", "2C"]) expect(isDepartment(code)).toBe(false);
  });

  it("accepts 5-digit postal codes only", () => {
    expect(isPostalCode("69003")).toBe(true);
    expect(isPostalCode("6900")).toBe(false);
    expect(isPostalCode("2A004")).toBe(false);
  });

  it("splits a pasted list, normalised, without repeats, and sets aside what is refused", () => {
    expect(splitCodes("69, 01;38  2a\n69 xx 20", isDepartment)).toEqual({ codes: ["69", "01", "38", "2A"], rejected: ["XX", "20"] });
    expect(splitCodes("  ", isPostalCode)).toEqual({ codes: [], rejected: [] });
  });
});
