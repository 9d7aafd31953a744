import { describe, expect, it } from "vitest";
import { indexIdccEntries } from "./idcc-source.js";
import { searchIdcc } from "./search-idcc.js";

describe("searchIdcc by number", () => {
  it.each(["1486", "IDCC 1486", " idcc1486 "])("finds the Syntec convention for %j", (query) => {
    const [first] = searchIdcc(query);
    expect(first?.idcc).toBe("1486");
    expect(first?.title).toContain("bureaux d'études techniques");
    expect(first?.title).toContain("SYNTEC");
    expect(first?.shortTitle).toBe(
      "Bureaux d'études techniques, cabinets d'ingénieurs-conseils et sociétés de conseils",
    );
  });

  it("zero-pads numbers to four digits and puts the exact number first", () => {
    const found = searchIdcc("16").map((entry) => entry.idcc);
    expect(found[0]).toBe("0016");
    expect(found.slice(1).every((idcc) => idcc.startsWith("16"))).toBe(true);
    expect(searchIdcc("0016")[0]?.shortTitle).toContain("Transports routiers");
  });

  it("finds nothing for a number no convention has", () => {
    expect(searchIdcc("9999")).toEqual([]);
  });
});

describe("searchIdcc by title words", () => {
  it("matches short or full title words, accents and case ignored", () => {
    expect(searchIdcc("syntec").map((entry) => entry.idcc)).toEqual(["1486"]);
    const hospital = searchIdcc("HOSPITALISATION privee").map((entry) => entry.idcc);
    expect(hospital).toEqual(expect.arrayContaining(["0029", "2264"]));
    expect(searchIdcc("etudes techniques ingenieurs conseils")[0]?.idcc).toBe("1486");
  });

  it("spells out ligatures: 'oeuvres' finds 'œuvres d'art'", () => {
    expect(searchIdcc("oeuvres d art").map((entry) => entry.idcc)).toContain("1517");
  });

  it("puts an exact short title first", () => {
    expect(searchIdcc("banque")[0]?.idcc).toBe("2120");
  });

  it("honours the limit and finds nothing for a blank query", () => {
    expect(searchIdcc("convention", { limit: 2 })).toHaveLength(2);
    expect(searchIdcc("   ")).toEqual([]);
  });

  it("only gives four-digit IDCC", () => {
    expect(searchIdcc("nationale", { limit: 1000 }).every((entry) => /^\d{4}$/.test(entry.idcc))).toBe(true);
  });
});

describe("indexIdccEntries", () => {
  it("pads numbers, trims titles and drops an empty short title", () => {
    const indexed = indexIdccEntries([
      { num: 1486, title: " Syntec ", shortTitle: "" },
      { num: "16", title: "Transports routiers", shortTitle: "Transports" },
    ]);
    expect(indexed.map((item) => item.entry)).toEqual([
      { idcc: "0016", title: "Transports routiers", shortTitle: "Transports" },
      { idcc: "1486", title: "Syntec" },
    ]);
  });

  it("rejects data of another shape", () => {
    expect(() => indexIdccEntries({ conventions: [] })).toThrow();
  });
});
