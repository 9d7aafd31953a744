import { describe, expect, it } from "vitest";
import { formatRate, headOfficeLocality } from "./format";

describe("company display helpers", () => {
  it("gives the locality of the head office only", () => {
    const address = { lines: ["1 rue X"], postalCode: "75011", city: "Paris", country: "FR", normalisedLines: [], normalisationStatus: "valid" as const };
    expect(headOfficeLocality({ addresses: [{ ...address, kind: "billing", city: "Lyon" }, { ...address, kind: "head_office" }] })).toBe("75011 Paris");
    expect(headOfficeLocality({ addresses: [] })).toBe("");
  });

  it("writes rates in the UI language", () => {
    expect(formatRate("1.50", "fr")).toBe("1,5");
    expect(formatRate("2.25", "en")).toBe("2.25");
  });
});
