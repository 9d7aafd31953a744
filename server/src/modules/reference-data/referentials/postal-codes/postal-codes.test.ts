import { describe, expect, it } from "vitest";
import { indexPostalCodes } from "./postal-code-source.js";
import { findCommunes, searchPostalCodes } from "./search-postal-codes.js";

describe("findCommunes", () => {
  it("gives the communes of an exact postal code", () => {
    expect(findCommunes("42000")).toEqual([
      { postalCode: "42000", city: "SAINT-ETIENNE", communeName: "Saint-Étienne", inseeCode: "42218" },
    ]);
    expect(findCommunes(" 75011 ").map((entry) => entry.inseeCode)).toEqual(["75111"]);
  });

  it("knows Saint-Barthélemy and Saint-Martin, which the package leaves out", () => {
    expect(findCommunes("97133")).toEqual([{ postalCode: "97133", city: "SAINT BARTHELEMY", communeName: "Saint-Barthélemy", inseeCode: "97701" }]);
    expect(findCommunes("97150").map((entry) => entry.communeName)).toEqual(["Saint-Martin"]);
  });

  it("gives [] for an unknown or partial code", () => {
    expect(findCommunes("99999")).toEqual([]);
    expect(findCommunes("7501")).toEqual([]);
  });

  it("returns a fresh array each time", () => {
    findCommunes("42000").pop();
    expect(findCommunes("42000")).toHaveLength(1);
  });
});

describe("searchPostalCodes by code", () => {
  it("gives PARIS for 75011", () => {
    const found = searchPostalCodes("75011");
    expect(found.map((entry) => entry.city)).toContain("PARIS");
    expect(found[0]?.communeName).toBe("Paris 11e Arrondissement");
  });

  it("gives every commune of a code shared by many (51300 has 46)", () => {
    const found = searchPostalCodes("51300");
    expect(found).toHaveLength(46);
    expect(found.every((entry) => entry.postalCode === "51300")).toBe(true);
  });

  it("lists codes starting with a 2 to 4 digit prefix, in code order", () => {
    const found = searchPostalCodes("750");
    expect(found[0]?.postalCode).toBe("75001");
    expect(found.every((entry) => entry.postalCode.startsWith("750"))).toBe(true);
    const codes = found.map((entry) => entry.postalCode);
    expect(codes).toEqual([...codes].sort());
    expect(searchPostalCodes("97", { limit: 5 })).toHaveLength(5);
  });

  it("finds nothing for one digit, six digits or a blank query", () => {
    expect(searchPostalCodes("7")).toEqual([]);
    expect(searchPostalCodes("750111")).toEqual([]);
    expect(searchPostalCodes(" ")).toEqual([]);
  });
});

describe("searchPostalCodes by name", () => {
  it.each(["saint etienne", "Saint-Étienne", "SAINT ETIENNE", "st etienne", "St-Étienne"])(
    "puts Saint-Étienne (42000, 42100) first for %j",
    (query) => {
      const codes = searchPostalCodes(query, { limit: 3 }).map((entry) => entry.postalCode);
      expect(codes).toEqual(expect.arrayContaining(["42000", "42100"]));
    },
  );

  it("matches La Poste's abbreviated libellé d'acheminement", () => {
    const found = searchPostalCodes("saint etienne l allier");
    expect(found[0]).toEqual({
      postalCode: "27450",
      city: "ST ETIENNE L ALLIER",
      communeName: "Saint-Étienne-l'Allier",
      inseeCode: "27538",
    });
  });

  it("keeps words that only look like the abbreviation: 'ste' also finds Steenvoorde", () => {
    const names = searchPostalCodes("ste", { limit: 10_000 }).map((entry) => entry.communeName);
    expect(names).toContain("Steenvoorde");
    expect(names).toContain("Sainte-Croix");
  });

  it("matches the libellé d'acheminement as well as the commune name", () => {
    const paris = searchPostalCodes("paris", { limit: 100 });
    expect(paris.filter((entry) => entry.city === "PARIS").length).toBeGreaterThanOrEqual(20);
    expect(searchPostalCodes("mezzavia")).toEqual([
      { postalCode: "20167", city: "MEZZAVIA", communeName: "Ajaccio", inseeCode: "2A004" },
    ]);
  });

  it("honours the limit", () => {
    expect(searchPostalCodes("saint", { limit: 7 })).toHaveLength(7);
  });
});

describe("indexPostalCodes", () => {
  it("sorts by code then commune name and indexes by code", () => {
    const index = indexPostalCodes([
      { codePostal: "01100", codeCommune: "01001", nomCommune: "Zèbre", libelleAcheminement: "ZEBRE" },
      { codePostal: "01000", codeCommune: "01002", nomCommune: "Bourg", libelleAcheminement: "BOURG" },
      { codePostal: "01100", codeCommune: "01003", nomCommune: "Éole", libelleAcheminement: "EOLE" },
    ]);
    expect(index.entries.map((item) => item.entry.communeName)).toEqual(["Bourg", "Éole", "Zèbre"]);
    expect(index.byPostalCode.get("01100")?.map((entry) => entry.inseeCode)).toEqual(["01003", "01001"]);
  });

  it("rejects data of another shape", () => {
    expect(() => indexPostalCodes([{ codePostal: 1000 }])).toThrow();
  });
});
