import { describe, expect, it } from "vitest";
import { checkFileType } from "../platform/files/file-types.js";
import { frenchCsv } from "../platform/files/french-csv.js";
import { onePagePdf } from "./demo-documents.js";

describe("demo documents", () => {
  it("makes a PDF whose cross-reference table points at its objects", () => {
    const pdf = onePagePdf("Attestation (démo)", ["Mme Léa Martin", "Contrat n° 42"]).toString("latin1");
    expect(pdf.startsWith("%PDF-1.4")).toBe(true);
    const startXref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startXref, startXref + 4)).toBe("xref");
    const offsets = [...pdf.slice(startXref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
    expect(pdf).toContain("(Attestation \\(d\xe9mo\\)) Tj");
  });

  it("makes files that an upload would accept as what they say they are", async () => {
    expect(await checkFileType("attestation.pdf", onePagePdf("Attestation", []))).toEqual({ accepted: true, contentType: "application/pdf" });
    expect(await checkFileType("effectifs.csv", frenchCsv([["a", "b"]]))).toEqual({ accepted: true, contentType: "text/csv" });
  });
});
