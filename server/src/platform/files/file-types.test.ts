import { describe, expect, it } from "vitest";
import { checkFileType } from "./file-types.js";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex");

describe("checkFileType", () => {
  it("accepts a PDF named .pdf and a CSV named .csv", async () => {
    expect(await checkFileType("devis.pdf", pdf)).toEqual({ accepted: true, contentType: "application/pdf" });
    expect(await checkFileType("contacts.CSV", Buffer.from("nom;prénom\nDupont;Jean\n"))).toEqual({ accepted: true, contentType: "text/csv" });
  });

  it("refuses an extension that is not allowed", async () => {
    expect(await checkFileType("setup.exe", Buffer.from("MZ\x90\x00"))).toEqual({ accepted: false, reason: "file.type_not_allowed" });
  });

  it("refuses bytes that do not match the extension", async () => {
    expect(await checkFileType("photo.pdf", png)).toEqual({ accepted: false, reason: "file.type_mismatch" });
    expect(await checkFileType("notes.txt", png)).toEqual({ accepted: false, reason: "file.type_mismatch" });
  });
});
