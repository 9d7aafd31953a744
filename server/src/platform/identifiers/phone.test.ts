import { describe, expect, it } from "vitest";
import { formatFrenchPhone, parseFrenchPhone, phoneSearchKeys } from "./phone.js";

describe("parseFrenchPhone", () => {
  it.each([
    "06 12 34 56 78",
    "06.12.34.56.78",
    "06-12-34-56-78",
    "0612345678",
    " 06\u00a012\u00a034\u00a056\u00a078 ",
    "+33 6 12 34 56 78",
    "+33612345678",
    "0033612345678",
    "0033 6 12 34 56 78",
    "+33 (0)6 12 34 56 78",
    "+33 06 12 34 56 78",
  ])("reads %j as a metropolitan mobile", (input) => {
    expect(parseFrenchPhone(input)).toEqual({ ok: true, e164: "+33612345678", kind: "mobile" });
  });

  it("reads 07 mobiles, geographic landlines and 09 box lines", () => {
    expect(parseFrenchPhone("07 81 23 45 67")).toEqual({ ok: true, e164: "+33781234567", kind: "mobile" });
    expect(parseFrenchPhone("01 23 45 67 89")).toEqual({ ok: true, e164: "+33123456789", kind: "landline" });
    expect(parseFrenchPhone("05 56 12 34 56")).toEqual({ ok: true, e164: "+33556123456", kind: "landline" });
    expect(parseFrenchPhone("09 51 23 45 67")).toEqual({ ok: true, e164: "+33951234567", kind: "landline" });
  });

  it("classes special-rate numbers as other", () => {
    expect(parseFrenchPhone("0800 12 34 56")).toEqual({ ok: true, e164: "+33800123456", kind: "other" });
  });

  describe("overseas départements", () => {
    it.each([
      ["+262 692 12 34 56", "+262692123456", "mobile"], // Réunion, international form
      ["0692 12 34 56", "+262692123456", "mobile"], // Réunion mobile typed nationally
      ["0262 21 12 34", "+262262211234", "landline"], // Réunion
      ["0269 61 12 34", "+262269611234", "landline"], // Mayotte shares +262
      ["0639 40 12 34", "+262639401234", "mobile"], // Mayotte mobile
      ["0590 27 12 34", "+590590271234", "landline"], // Guadeloupe
      ["05 90 27 12 34", "+590590271234", "landline"],
      ["0690 12 34 56", "+590690123456", "mobile"], // Guadeloupe mobile
      ["0596 61 12 34", "+596596611234", "landline"], // Martinique, though +33 596… is also well-formed
      ["0696 12 34 56", "+596696123456", "mobile"],
      ["0594 12 34 56", "+594594123456", "landline"], // Guyane
      ["0694 20 12 34", "+594694201234", "mobile"],
    ])("reads %j as %s", (input, e164, kind) => {
      expect(parseFrenchPhone(input)).toEqual({ ok: true, e164, kind });
    });

    it("keeps numbers the overseas plans merely share (freephone) under +33", () => {
      expect(parseFrenchPhone("0800 12 34 56")).toMatchObject({ ok: true, e164: "+33800123456" });
    });

    it("refuses an overseas number put under +33, which is not a reachable number", () => {
      expect(parseFrenchPhone("+33 6 92 12 34 56")).toEqual({ ok: false, reason: "format" });
    });
  });

  it("reads foreign numbers given with their calling code", () => {
    expect(parseFrenchPhone("+44 20 7946 0958")).toEqual({ ok: true, e164: "+442079460958", kind: "landline" });
    expect(parseFrenchPhone("0044 20 7946 0958")).toEqual({ ok: true, e164: "+442079460958", kind: "landline" });
    expect(parseFrenchPhone("+49 151 23456789")).toEqual({ ok: true, e164: "+4915123456789", kind: "mobile" });
    expect(parseFrenchPhone("+32 470 12 34 56")).toEqual({ ok: true, e164: "+32470123456", kind: "mobile" });
  });

  it.each([
    "",
    "06 12",
    "12345",
    "abc",
    "06 12 34 56 7", // one digit short
    "06 12 34 56 78 9", // one digit too many
    "0612abc345678",
    "06 12 34 56 78 poste 12", // libphonenumber would read an extension
    "tel: 06 12 34 56 78", // libphonenumber would pick the number out of the text
    "06 12 34 56 78 +",
    "07 00 12 34 56", // not an allocated range
    "00 00 00 00 00",
    "+",
  ])("refuses %j", (input) => {
    expect(parseFrenchPhone(input)).toEqual({ ok: false, reason: "format" });
  });

  describe("expected kind", () => {
    it("accepts a number of the expected kind", () => {
      expect(parseFrenchPhone("06 12 34 56 78", "mobile")).toEqual({ ok: true, e164: "+33612345678", kind: "mobile" });
      expect(parseFrenchPhone("0692 12 34 56", "mobile")).toEqual({ ok: true, e164: "+262692123456", kind: "mobile" });
      expect(parseFrenchPhone("01 23 45 67 89", "landline")).toEqual({ ok: true, e164: "+33123456789", kind: "landline" });
      expect(parseFrenchPhone("0590 27 12 34", "landline")).toEqual({ ok: true, e164: "+590590271234", kind: "landline" });
      expect(parseFrenchPhone("09 51 23 45 67", "landline")).toEqual({ ok: true, e164: "+33951234567", kind: "landline" });
    });

    it("refuses a landline or a special number where a mobile is expected", () => {
      expect(parseFrenchPhone("01 23 45 67 89", "mobile")).toEqual({ ok: false, reason: "not_mobile" });
      expect(parseFrenchPhone("09 51 23 45 67", "mobile")).toEqual({ ok: false, reason: "not_mobile" });
      expect(parseFrenchPhone("0800 12 34 56", "mobile")).toEqual({ ok: false, reason: "not_mobile" });
      expect(parseFrenchPhone("0590 27 12 34", "mobile")).toEqual({ ok: false, reason: "not_mobile" });
    });

    it("refuses a mobile or a special number where a landline is expected", () => {
      expect(parseFrenchPhone("06 12 34 56 78", "landline")).toEqual({ ok: false, reason: "not_landline" });
      expect(parseFrenchPhone("0694 20 12 34", "landline")).toEqual({ ok: false, reason: "not_landline" });
      expect(parseFrenchPhone("0800 12 34 56", "landline")).toEqual({ ok: false, reason: "not_landline" });
    });

    it("accepts a number whose plan does not tell mobiles from landlines for either kind", () => {
      expect(parseFrenchPhone("+1 212 555 0123", "mobile")).toEqual({ ok: true, e164: "+12125550123", kind: "other" });
      expect(parseFrenchPhone("+1 212 555 0123", "landline")).toEqual({ ok: true, e164: "+12125550123", kind: "other" });
    });

    it("reports a malformed number as a format error whatever is expected", () => {
      expect(parseFrenchPhone("06 12", "mobile")).toEqual({ ok: false, reason: "format" });
    });
  });
});

describe("formatFrenchPhone", () => {
  it("shows metropolitan numbers in national form", () => {
    expect(formatFrenchPhone("+33612345678")).toBe("06 12 34 56 78");
    expect(formatFrenchPhone("+33123456789")).toBe("01 23 45 67 89");
  });

  it("shows overseas and foreign numbers in international form", () => {
    expect(formatFrenchPhone("+262692123456")).toBe("+262 692 12 34 56");
    expect(formatFrenchPhone("+590590271234")).toBe("+590 590 27 12 34");
    expect(formatFrenchPhone("+442079460958")).toBe("+44 20 7946 0958");
  });

  it("shows something that is not a valid number unchanged", () => {
    expect(formatFrenchPhone("not a phone")).toBe("not a phone");
    expect(formatFrenchPhone("+3361234")).toBe("+3361234");
    expect(formatFrenchPhone("")).toBe("");
  });

  it("gives a display that reads back to the same number", () => {
    for (const input of ["06 12 34 56 78", "01 23 45 67 89", "0800 12 34 56", "0692 12 34 56", "0590 27 12 34", "+44 20 7946 0958", "+1 212 555 0123"]) {
      const parsed = parseFrenchPhone(input);
      if (!parsed.ok) throw new Error(`${input} should parse`);
      expect(parseFrenchPhone(formatFrenchPhone(parsed.e164)), input).toMatchObject({ ok: true, e164: parsed.e164 });
    }
  });
});

describe("phoneSearchKeys", () => {
  const frenchPlanKeys = (digitsAfterZero: string) => ["+33", "+262", "+590", "+594", "+596"].map((code) => code + digitsAfterZero);

  it("gives the exact E.164 form of a complete number", () => {
    expect(phoneSearchKeys("06 12 34 56 78")).toEqual(["+33612345678"]);
    expect(phoneSearchKeys("+33 (0)6 12 34 56 78")).toEqual(["+33612345678"]);
    expect(phoneSearchKeys("0692 12 34 56")).toEqual(["+262692123456"]);
    expect(phoneSearchKeys("+44 20 7946 0958")).toEqual(["+442079460958"]);
  });

  it("gives one prefix per French-plan calling code for a partial national number", () => {
    expect(phoneSearchKeys("0612 34")).toEqual(frenchPlanKeys("61234"));
    expect(phoneSearchKeys("06.12.34")).toEqual(frenchPlanKeys("61234"));
    expect(phoneSearchKeys("0692")).toEqual(frenchPlanKeys("692"));
  });

  it("gives one prefix for a partial international number, dropping a written trunk 0", () => {
    expect(phoneSearchKeys("+33 6 12 34")).toEqual(["+3361234"]);
    expect(phoneSearchKeys("0033 6 12 34")).toEqual(["+3361234"]);
    expect(phoneSearchKeys("+33 (0)6 12 34")).toEqual(["+3361234"]);
    expect(phoneSearchKeys("+33 06 12 34")).toEqual(["+3361234"]);
    expect(phoneSearchKeys("+262 0692 12")).toEqual(["+26269212"]);
    expect(phoneSearchKeys("+44 20 79")).toEqual(["+442079"]);
  });

  it("finds stored numbers by prefix, metropolitan and overseas alike", () => {
    const stored = ["+33612345678", "+33612000000", "+262692123456", "+590590271234", "+33123456789"];
    const matches = (typed: string) => stored.filter((e164) => phoneSearchKeys(typed).some((key) => e164.startsWith(key)));
    expect(matches("0612 34")).toEqual(["+33612345678"]);
    expect(matches("0612")).toEqual(["+33612345678", "+33612000000"]);
    expect(matches("0692 12")).toEqual(["+262692123456"]);
    expect(matches("05 90")).toEqual(["+590590271234"]);
    expect(matches("+33 1 23")).toEqual(["+33123456789"]);
  });

  it.each([
    "", // nothing typed
    "061", // too short to mean a number
    "+336",
    "Dupont", // a name search
    "06 12 ab",
    "12 34 56 78", // an end of number: no prefix to match
    "612 345 678", // nine digits without their 0: libphonenumber alone would read +33 6…
    "732 829 320", // a SIREN
    "75011", // a postcode
    "06 12 34 56 78 90 12 34 56", // longer than any E.164 number
  ])("gives no key for %j", (input) => {
    expect(phoneSearchKeys(input)).toEqual([]);
  });
});
