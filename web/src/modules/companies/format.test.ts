import { describe, expect, it } from "vitest";
import { formatEuros, formatRate, headOfficeLocality } from "./format";

describe("company display helpers", () => {
  it("gives the locality of the head office only", () => {
    const address = { lines: ["1 rue X"], postalCode: "75011", city: "Paris", country: "FR", normalisedLines: [], normalisationStatus: "valid" as const };
    expect(headOfficeLocality({ addresses: [{ ...address, kind: "billing", city: "Lyon" }, { ...address, kind: "head_office" }] })).toBe("75011 Paris");
    expect(headOfficeLocality({ addresses: [] })).toBe("");
  });

  it("writes amounts and rates in the UI language", () => {
    expect(formatEuros(123_456_700, "fr").replace(/\s/g, " ")).toBe("1 234 567 €");
    expect(formatEuros(150_050, "en")).toBe("€1,500.50");
    expect(formatEuros(null, "fr")).toBe("");
    expect(formatRate("1.50", "fr")).toBe("1,5");
    expect(formatRate("2.25", "en")).toBe("2.25");
  });
});
