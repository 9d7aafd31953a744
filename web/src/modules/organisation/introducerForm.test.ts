import { describe, expect, it } from "vitest";
import { introducerPayload, linesToText, textToLines } from "./introducerForm";

describe("introducer form", () => {
  it("edits address lines as text, one per line", () => {
    expect(linesToText(["12 rue Neuve", "BP 4"])).toBe("12 rue Neuve\nBP 4");
    expect(textToLines("12 rue Neuve\n \nBP 4 ")).toEqual(["12 rue Neuve", "BP 4"]);
  });

  it("sends no address when none is typed, and the ORIAS number only for brokers", () => {
    expect(introducerPayload({ kind: "agency", name: "Lyon", address: { lines: "", postalCode: " ", city: "" }, email: " ", oriasNumber: "07001234" })).toEqual({
      kind: "agency",
      name: "Lyon",
      address: null,
      phone: null,
      email: null,
      contactName: null,
      oriasNumber: null,
    });
    expect(introducerPayload({ kind: "broker", address: { lines: "3 quai Est", postalCode: "69002", city: "Lyon" }, contactName: "M. Durand", oriasNumber: "07 001 234" })).toEqual({
      kind: "broker",
      address: { lines: ["3 quai Est"], postalCode: "69002", city: "Lyon" },
      phone: null,
      email: null,
      contactName: "M. Durand",
      oriasNumber: "07001234",
    });
  });
});
