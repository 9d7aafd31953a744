import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { wrapToWidth } from "./quote-pdf.js";

describe("wrapToWidth", async () => {
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const basis = "Assuré principal, 46 ans (tranche 45–54 ans), zone Z3 (département 75), régime social général";

  it("lays a long explanation on several lines, each within the column, losing no word", () => {
    const lines = wrapToWidth(basis, font, 180);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 9)).toBeLessThanOrEqual(180);
    expect(lines.join(" ")).toBe(basis);
  });

  it("keeps a short text on one line and a word wider than the column on its own", () => {
    expect(wrapToWidth("Frais par contrat", font, 180)).toEqual(["Frais par contrat"]);
    expect(wrapToWidth("a Anticonstitutionnellement b", font, 40)).toEqual(["a", "Anticonstitutionnellement", "b"]);
  });
});
