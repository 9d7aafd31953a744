import { describe, expect, it } from "vitest";
import { beneficiaryName, productText } from "./format";

describe("productText", () => {
  it("names the catalogue product and its formula", () => {
    expect(productText({ productLabel: "Santé Particuliers", productCode: "SANTE_PARTICULIERS", formulaLabel: "Confort", formulaCode: "CONFORT" })).toBe("Santé Particuliers — Confort");
  });
  it("falls back to the codes, and shows a partner's free label alone", () => {
    expect(productText({ productLabel: null, productCode: "SANTE_PARTICULIERS", formulaLabel: null, formulaCode: "CONFORT" })).toBe("SANTE_PARTICULIERS — CONFORT");
    expect(productText({ productLabel: "Épargne Retraite Partenaire", productCode: null, formulaLabel: null, formulaCode: null })).toBe("Épargne Retraite Partenaire");
  });
});

describe("beneficiaryName", () => {
  it("puts the first name first and skips a missing one", () => {
    expect(beneficiaryName({ firstName: "Léo", lastName: "Échantillon" })).toBe("Léo Échantillon");
    expect(beneficiaryName({ firstName: null, lastName: "Échantillon" })).toBe("Échantillon");
  });
});
