import { describe, expect, it } from "vitest";
import { checkSiren, checkSiret, sirenOfSiret } from "./siren.js";

describe("checkSiren", () => {
  it("accepts real SIRENs and returns their digits", () => {
    for (const siren of ["732829320", "552032534", "542051180", "356000000"]) {
      expect(checkSiren(siren)).toEqual({ ok: true, value: siren });
    }
  });

  it("accepts spaces, including the non-breaking ones of pasted text", () => {
    expect(checkSiren("732 829 320")).toEqual({ ok: true, value: "732829320" });
    expect(checkSiren(" 552\u00a0032\u202f534 ")).toEqual({ ok: true, value: "552032534" });
  });

  it("refuses a wrong key", () => {
    expect(checkSiren("732829321")).toEqual({ ok: false, reason: "key" });
    expect(checkSiren("552032535")).toEqual({ ok: false, reason: "key" });
    expect(checkSiren("542051181")).toEqual({ ok: false, reason: "key" });
  });

  it("refuses a wrong length or other characters as a format error", () => {
    for (const input of ["", "73282932", "7328293200", "73282932000074", "732-829-320", "732.829.320", "A32829320"]) {
      expect(checkSiren(input), input).toEqual({ ok: false, reason: "format" });
    }
  });
});

describe("checkSiret", () => {
  it("accepts a real SIRET, with or without spaces", () => {
    expect(checkSiret("73282932000074")).toEqual({ ok: true, value: "73282932000074" });
    expect(checkSiret("732 829 320 00074")).toEqual({ ok: true, value: "73282932000074" });
  });

  it("refuses a wrong key", () => {
    expect(checkSiret("73282932000079")).toEqual({ ok: false, reason: "key" });
  });

  it("refuses a SIRET whose 14-digit key matches but whose SIREN part is invalid", () => {
    expect(checkSiret("73282932100007")).toEqual({ ok: false, reason: "key" });
  });

  it("refuses a wrong length or other characters as a format error", () => {
    for (const input of ["", "732829320", "7328293200007", "732829320000745", "732829320-00074", "7328293200007A"]) {
      expect(checkSiret(input), input).toEqual({ ok: false, reason: "format" });
    }
  });

  describe("La Poste (SIREN 356 000 000)", () => {
    it("accepts the head office, which keeps a Luhn key though its digits add up to 26", () => {
      expect(checkSiret("356 000 000 00048")).toEqual({ ok: true, value: "35600000000048" });
    });

    it("accepts an establishment whose digits add up to a multiple of 5 even though its Luhn key is wrong", () => {
      expect(checkSiret("35600000000001")).toEqual({ ok: true, value: "35600000000001" });
      expect(checkSiret("35600000000010")).toEqual({ ok: true, value: "35600000000010" });
    });

    it("refuses an establishment whose digits do not add up to a multiple of 5", () => {
      expect(checkSiret("35600000000002")).toEqual({ ok: false, reason: "key" });
    });

    it("refuses an establishment that only passes Luhn: the Luhn exception is the head office alone", () => {
      expect(checkSiret("35600000000014")).toEqual({ ok: false, reason: "key" });
    });
  });
});

describe("sirenOfSiret", () => {
  it("gives the first nine digits", () => {
    expect(sirenOfSiret("73282932000074")).toBe("732829320");
    expect(sirenOfSiret("356 000 000 00048")).toBe("356000000");
  });

  it("throws on something that is not a SIRET", () => {
    expect(() => sirenOfSiret("732829320")).toThrow(RangeError);
  });
});
