import { describe, expect, it } from "vitest";
import { checkNir } from "./nir.js";

// Keys computed by hand as 97 − (13 digits mod 97), e.g. 1850578006084 mod 97 = 6 → key 91.
describe("checkNir", () => {
  it("accepts a valid NIR, grouped by spaces or not", () => {
    expect(checkNir("185057800608491")).toEqual({ ok: true, value: "185057800608491" });
    expect(checkNir("1 85 05 78 006 084 91")).toEqual({ ok: true, value: "185057800608491" });
    expect(checkNir("2 69 05 19 123 456 88")).toEqual({ ok: true, value: "269051912345688" });
  });

  it("keeps a key below 10 on two digits", () => {
    expect(checkNir("1 85 05 20 006 084 08")).toEqual({ ok: true, value: "185052000608408" });
  });

  it("computes Corsican keys with 2A read as 19 and 2B as 18", () => {
    expect(checkNir("1 85 05 2A 006 084 35")).toEqual({ ok: true, value: "185052A00608435" });
    expect(checkNir("2 85 12 2B 123 456 25")).toEqual({ ok: true, value: "285122B12345625" });
    expect(checkNir("1 85 05 2a 006 084 35")).toEqual({ ok: true, value: "185052A00608435" });
  });

  it("refuses a Corsican NIR keyed as if 2A were 20", () => {
    expect(checkNir("1 85 05 2A 006 084 08")).toEqual({ ok: false, reason: "key" });
  });

  it("refuses a wrong key", () => {
    expect(checkNir("1 85 05 78 006 084 92")).toEqual({ ok: false, reason: "key" });
    expect(checkNir("1 85 05 78 006 085 91")).toEqual({ ok: false, reason: "key" });
    expect(checkNir("1 85 05 78 006 084 00")).toEqual({ ok: false, reason: "key" });
    expect(checkNir("1 85 05 78 006 084 98")).toEqual({ ok: false, reason: "key" });
  });

  it("refuses a wrong shape as a format error", () => {
    for (const input of [
      "",
      "1850578006084", // key missing
      "18505780060849", // key cut short
      "1850578006084911",
      "1 85 05 2C 006 084 35", // only A and B exist
      "2A 85 05 78 006 084 91", // letters only in the département
      "1 85 05 78 006 084 9A",
      "1-85-05-78-006-084-91",
    ]) {
      expect(checkNir(input), input).toEqual({ ok: false, reason: "format" });
    }
  });
});
