import { describe, expect, it } from "vitest";
import { frenchCsv, frenchCsvLines } from "./french-csv.js";

describe("French CSV", () => {
  it("starts with a byte-order mark, separates with semicolons and quotes where needed", () => {
    expect(frenchCsv([["nom", "note"], ["Dupont; fils", 'dit "le grand"'], ["Lefèvre", 3]]).toString("utf8")).toBe('\ufeffnom;note\n"Dupont; fils";"dit ""le grand"""\nLefèvre;3\n');
  });

  it("quotes as text a cell that a spreadsheet would run as a formula", () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tcalc", "\r=1+1"];
    const cells = hostile.map((text) => frenchCsvLines([[text]]));
    expect(cells.map((line) => line.trimEnd().replace(/^"|"$/g, "").replace(/""/g, '"'))).toEqual(hostile.map((text) => `'${text}`.trimEnd()));
  });

  it("leaves figures, phones and names with a hyphen as they are", () => {
    expect(frenchCsvLines([["-12,50", "+33 6 12 34 56 78", "1 234,56", "Dupont-Durand", "jean@exemple.fr", "2026-11-24"]])).toBe("-12,50;+33 6 12 34 56 78;1 234,56;Dupont-Durand;jean@exemple.fr;2026-11-24\n");
  });
});
