import { describe, expect, it } from "vitest";
import { centsOf, formatEuros, formatPhone, formatSize } from "./format";

describe("shared display helpers", () => {
  it("shows phones the French way", () => {
    expect(formatPhone("+33612345678")).toBe("06 12 34 56 78");
    expect(formatPhone("+33145678901")).toBe("01 45 67 89 01");
    expect(formatPhone("+262692123456")).toBe("+262 692 12 34 56");
    expect(formatPhone("+442079460958")).toBe("+442079460958");
    expect(formatPhone(null)).toBe("");
  });

  it("writes file sizes in the UI language", () => {
    expect(formatSize(512, "fr")).toBe("512 o");
    expect(formatSize(1536, "fr")).toBe("1,5 Ko");
    expect(formatSize(1536, "en")).toBe("1.5 KB");
  });

  it("writes amounts in the UI language and reads typed euros as cents", () => {
    expect(formatEuros(123_456_700, "fr").replace(/\s/g, " ")).toBe("1 234 567 €");
    expect(formatEuros(150_050, "en")).toBe("€1,500.50");
    expect(formatEuros(null, "fr")).toBe("");
    expect(formatEuros(1200, "fr", { cents: true }).replace(/\s/g, " ")).toBe("12,00 €");
    expect(formatEuros(1234, "fr", { cents: true }).replace(/\s/g, " ")).toBe("12,34 €");
    expect(centsOf("1 234,56")).toBe(123_456);
    expect(centsOf("")).toBeNull();
  });
});
