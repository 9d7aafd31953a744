import { describe, expect, it } from "vitest";
import { checkOriginDates, formatEuros, parseEuroCents, parseFrenchOrIsoDate } from "./origin-values.js";

describe("parseFrenchOrIsoDate", () => {
  it("reads ISO and French dates", () => {
    expect(parseFrenchOrIsoDate("2026-03-01")).toBe("2026-03-01");
    expect(parseFrenchOrIsoDate("01/03/2026")).toBe("2026-03-01");
    expect(parseFrenchOrIsoDate(" 1/3/2026 ")).toBe("2026-03-01");
    expect(parseFrenchOrIsoDate("29/02/2024")).toBe("2024-02-29");
  });

  it("refuses dates that do not exist or other formats", () => {
    for (const value of ["29/02/2025", "2026-13-01", "31/04/2026", "03/01/26", "2026/03/01", "1er mars", "01-03-2026", ""]) {
      expect(parseFrenchOrIsoDate(value), value).toBeUndefined();
    }
  });
});

describe("parseEuroCents", () => {
  it("reads euros with a comma or a dot, and thousands grouped by spaces", () => {
    expect(parseEuroCents("1500")).toBe(150000);
    expect(parseEuroCents("1500,5")).toBe(150050);
    expect(parseEuroCents("1500.05")).toBe(150005);
    expect(parseEuroCents("1 500,50")).toBe(150050);
    expect(parseEuroCents("12\u00a0000,00 €")).toBe(1200000);
    expect(parseEuroCents("0,1")).toBe(10);
    expect(parseEuroCents("19.99")).toBe(1999);
  });

  it("refuses negative, over-precise, ambiguous or absurd amounts", () => {
    for (const value of ["-10", "10,123", "1.500,50", "abc", "", ",5", "1e3", "9999999999999"]) {
      expect(parseEuroCents(value), value).toBeUndefined();
    }
  });

  it("formats cents back as French euros", () => {
    expect(formatEuros(150050)).toBe("1500,50");
    expect(formatEuros(5)).toBe("0,05");
  });
});

describe("checkOriginDates", () => {
  it("refuses an end before the start, on the end date", () => {
    expect(checkOriginDates("2026-03-01", "2026-02-28")).toEqual([{ path: "endDate", code: "origin.end_before_start" }]);
    expect(checkOriginDates("2026-03-01", "2026-03-01")).toEqual([]);
    expect(checkOriginDates(null, "2026-03-01")).toEqual([]);
    expect(checkOriginDates("2026-03-01", undefined)).toEqual([]);
  });
});
