import { describe, expect, it } from "vitest";
import { classifyCompanyQuery } from "./company-search.js";
import { inverseCompanyRelation } from "./relation-types.js";

describe("classifyCompanyQuery", () => {
  it("reads a SIREN or SIRET with or without spaces as digits", () => {
    expect(classifyCompanyQuery("732 829 320")).toMatchObject({ kind: "number", digits: "732829320" });
    expect(classifyCompanyQuery("732829320")).toMatchObject({ kind: "number", digits: "732829320" });
    expect(classifyCompanyQuery("732 829 320 00074")).toMatchObject({ kind: "number", digits: "73282932000074" });
    expect(classifyCompanyQuery("732 82")).toMatchObject({ kind: "number", digits: "73282", phoneKeys: [] });
  });

  it("keeps five digits for the postal code, as for persons", () => {
    expect(classifyCompanyQuery("75011")).toEqual({ kind: "postal_code", value: "75011" });
  });

  it("lets digits starting with 0 match a phone too", () => {
    expect(classifyCompanyQuery("0145678910")).toEqual({ kind: "number", digits: "0145678910", phoneKeys: ["+33145678910"] });
  });

  it("reads an e-mail, a formatted phone and a name", () => {
    expect(classifyCompanyQuery(" Compta@Exemple.FR ")).toEqual({ kind: "email", value: "compta@exemple.fr" });
    expect(classifyCompanyQuery("01.45.67.89.10")).toEqual({ kind: "phone", keys: ["+33145678910"] });
    expect(classifyCompanyQuery("+33 1 45")).toEqual({ kind: "phone", keys: ["+33145"] });
    expect(classifyCompanyQuery("Boulangerie L'Épi-d'Or")).toEqual({ kind: "name", value: "boulangerie l epi d or" });
  });

  it("ignores an empty query", () => {
    expect(classifyCompanyQuery("  ")).toBeUndefined();
    expect(classifyCompanyQuery("--")).toBeUndefined();
  });
});

describe("inverseCompanyRelation", () => {
  it("reads a relation from the other company", () => {
    expect(inverseCompanyRelation("subsidiary_of")).toBe("parent_of");
    expect(inverseCompanyRelation("parent_of")).toBe("subsidiary_of");
    expect(inverseCompanyRelation("supplier_of")).toBe("client_of");
    expect(inverseCompanyRelation("client_of")).toBe("supplier_of");
    expect(inverseCompanyRelation("partner_of")).toBe("partner_of");
    expect(inverseCompanyRelation("other")).toBe("other");
  });
});
