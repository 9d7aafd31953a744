import { describe, expect, it } from "vitest";
import { indexNafEntries } from "./naf-source.js";
import { searchNaf } from "./search-naf.js";

const everything = { limit: 10_000 };

describe("NAF data from @socialgouv/codes-naf", () => {
  it("has the 88 divisions and 732 sous-classes of NAF rév. 2", () => {
    expect(allCodes(2)).toHaveLength(88);
    expect(allCodes(5)).toHaveLength(732);
    expect(new Set(allCodes(5)).size).toBe(732);
  });

  it("gives division 86 its INSEE label", () => {
    expect(searchNaf("86", { level: 2 })).toEqual([{ code: "86", label: "Activités pour la santé humaine", level: 2 }]);
  });
});

describe("searchNaf by code", () => {
  it.each(["86.21Z", "8621Z", "86.21z", " 86 21 z "])("finds the médecins généralistes for %j", (query) => {
    const [first] = searchNaf(query);
    expect(first?.code).toBe("86.21Z");
    expect(first?.label).toContain("médecins généralistes");
    expect(first?.level).toBe(5);
  });

  it("lists a division then its sous-classes, in code order, for a 2-digit prefix", () => {
    const codes = searchNaf("86").map((entry) => entry.code);
    expect(codes[0]).toBe("86");
    expect(codes).toContain("86.90D");
    expect(codes.slice(1).every((code) => code.startsWith("86."))).toBe(true);
    expect(codes).toEqual([...codes].sort());
  });

  it("honours the level and limit options", () => {
    const subclasses = searchNaf("86", { level: 5 });
    expect(subclasses.every((entry) => entry.level === 5)).toBe(true);
    expect(subclasses).toHaveLength(12);
    expect(searchNaf("86", { level: 5, limit: 3 }).map((entry) => entry.code)).toEqual(["86.10Z", "86.21Z", "86.22A"]);
    expect(searchNaf("86", { limit: 0 })).toEqual([]);
  });

  it("finds nothing for a code that does not exist", () => {
    expect(searchNaf("00")).toEqual([]);
    expect(searchNaf("86.21X")).toEqual([]);
  });
});

describe("searchNaf by label", () => {
  it("finds nothing for a blank query", () => {
    expect(searchNaf("  ")).toEqual([]);
  });

  it("ignores accents and case: 'medecin' finds the médecins", () => {
    const found = searchNaf("medecin");
    expect(found.map((entry) => entry.code)).toContain("86.21Z");
    expect(found.every((entry) => entry.label.toLowerCase().includes("médecin"))).toBe(true);
  });

  it("needs every word, in any order", () => {
    expect(searchNaf("GÉNÉRALISTES médecins").map((entry) => entry.code)).toEqual(["86.21Z"]);
    expect(searchNaf("medecins boulangerie")).toEqual([]);
  });

  it("puts the exact label first", () => {
    expect(searchNaf("activites pour la sante humaine")[0]?.code).toBe("86");
  });

  it("filters by level", () => {
    expect(searchNaf("sante humaine", { level: 2 }).map((entry) => entry.code)).toEqual(["86"]);
  });
});

describe("indexNafEntries", () => {
  it("keeps divisions and sous-classes only, sorted by code", () => {
    const indexed = indexNafEntries([
      { id: "86.21Z", label: "Activité des médecins généralistes " },
      { id: "86.2", label: "Activité des médecins et des dentistes" },
      { id: "86.21", label: "Activité des médecins généralistes" },
      { id: "86", label: "Activités pour la santé humaine" },
    ]);
    expect(indexed.map((item) => item.entry)).toEqual([
      { code: "86", label: "Activités pour la santé humaine", level: 2 },
      { code: "86.21Z", label: "Activité des médecins généralistes", level: 5 },
    ]);
    expect(indexed[1]?.compactCode).toBe("8621Z");
  });

  it("rejects data of another shape", () => {
    expect(() => indexNafEntries([{ code: "86", libelle: "Santé" }])).toThrow();
  });
});

function allCodes(level: 2 | 5): string[] {
  return ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].flatMap((digit) =>
    searchNaf(digit, { level, ...everything }).map((entry) => entry.code),
  );
}
