import { describe, expect, it } from "vitest";
import { isIsoCountryCode } from "./country.js";

describe("isIsoCountryCode", () => {
  it("accepts assigned codes in either case, refuses user-assigned and unknown ones", () => {
    expect(["FR", "fr", "BE", "GP", "ZW"].map((code) => isIsoCountryCode(code))).toEqual([true, true, true, true, true]);
    expect(["ZZ", "XK", "EU", "UK", "F", "FRA", ""].map((code) => isIsoCountryCode(code))).toEqual([false, false, false, false, false, false, false]);
  });
});
