import { describe, expect, it } from "vitest";
import { classifyPersonQuery, searchableName } from "./person-search.js";
import { inverseRelation } from "./relation-types.js";

describe("classifyPersonQuery", () => {
  it("reads an e-mail, a postal code, a phone in any French format and a name", () => {
    expect(classifyPersonQuery(" Chloe.Durand@Exemple.fr ")).toEqual({ kind: "email", value: "chloe.durand@exemple.fr" });
    expect(classifyPersonQuery("75011")).toEqual({ kind: "postal_code", value: "75011" });
    expect(classifyPersonQuery("06 12 34 56 78")).toEqual({ kind: "phone", keys: ["+33612345678"] });
    expect(classifyPersonQuery("+33 6 12 34 56 78")).toEqual({ kind: "phone", keys: ["+33612345678"] });
    expect(classifyPersonQuery("Le Hénaff")).toEqual({ kind: "name", value: "le henaff" });
  });

  it("treats a partial phone as prefixes of stored numbers", () => {
    const query = classifyPersonQuery("0612 34");
    expect(query?.kind).toBe("phone");
    expect(query && query.kind === "phone" ? query.keys : []).toContain("+3361234");
  });

  it("ignores an empty query", () => {
    expect(classifyPersonQuery("   ")).toBeUndefined();
    expect(classifyPersonQuery("--")).toBeUndefined();
  });
});

describe("searchableName", () => {
  it("drops accents, case, hyphens and apostrophes so that every spelling finds the person", () => {
    expect(searchableName("D'Arc-Hénaff", "Zoé")).toBe("d arc henaff zoe");
    expect(searchableName("DARC HENAFF", null, undefined, "")).toBe("darc henaff");
  });
});

describe("inverseRelation", () => {
  it("reads a relation from the other side", () => {
    expect(inverseRelation("child_of")).toBe("parent_of");
    expect(inverseRelation("parent_of")).toBe("child_of");
    expect(inverseRelation("spouse_of")).toBe("spouse_of");
    expect(inverseRelation("guardian_of")).toBe("ward_of");
  });
});
