import { describe, expect, it } from "vitest";
import { firstNameSpellingGroups } from "./first-names.js";
import { companyNameForm, digitsForm, emailForm, familyNameForms, firstNameForm, phoneForm, postalCodeForm, trimmedText } from "./normalise.js";
import { phoneticCode } from "./phonetic.js";
import { similarity } from "./similarity.js";

describe("familyNameForms", () => {
  it.each([
    ["Dupont", ["dupont"]],
    ["  LE HÉNAFF ", ["lehenaff", "henaff"]],
    ["N'Diaye", ["ndiaye"]],
    ["de La Fontaine", ["delafontaine", "lafontaine", "fontaine"]],
    ["D’Arc", ["darc", "arc"]],
    ["van der Berg", ["vanderberg", "derberg", "berg"]],
    ["St-Exupéry", ["saintexupery"]],
    ["Ste. Marie", ["saintemarie"]],
    ["de Saint-Exupéry", ["desaintexupery", "saintexupery"]],
    ["Martin-Dupont de la Tour", ["martindupontdelatour"]],
    ["Lœuillet", ["loeuillet"]],
    ["De", ["de"]],
    ["--", []],
    ["", []],
  ])("%s → %j", (name, forms) => {
    expect(familyNameForms(name)).toEqual(forms);
  });

  it("gives nothing for a missing name", () => {
    expect(familyNameForms(null)).toEqual([]);
    expect(familyNameForms(undefined)).toEqual([]);
  });
});

describe("firstNameForm", () => {
  it.each([
    ["Jean-Pierre", "jeanpierre"],
    ["JEAN PIERRE", "jeanpierre"],
    ["Hélène", "helene"],
    ["Mohammed", "mohamed"],
    ["Muhammad Ali", "mohamedali"],
    ["Abdel Kader", "abdelkader"],
    ["Abdelkadir", "abdelkader"],
    ["Mickaël", "mickael"],
    ["Michael", "mickael"],
    ["Michel", "michel"],
    ["Cathy", "cathy"],
    ["", ""],
  ])("%s → %s", (name, form) => {
    expect(firstNameForm(name)).toBe(form);
  });

  it("has spelling groups written in normalised form, each spelling in one group", () => {
    const seen = new Set<string>();
    for (const group of firstNameSpellingGroups()) {
      expect(group.length).toBeGreaterThan(1);
      for (const spelling of group) {
        expect(firstNameForm(spelling)).toBe(group[0]);
        expect(spelling).toMatch(/^[a-z]+$/);
        expect(seen.has(spelling)).toBe(false);
        seen.add(spelling);
      }
    }
  });
});

describe("companyNameForm", () => {
  it.each([
    ["SARL Dupont & Fils", "dupontetfils"],
    ["S.A.S. Alpha Conseil", "alphaconseil"],
    ["Alpha-Conseil SASU", "alphaconseil"],
    ["Mutuelle Générale de l'Éducation", "mutuellegeneraledeleducation"],
    ["SCI", "sci"],
    ["", ""],
  ])("%s → %s", (name, form) => {
    expect(companyNameForm(name)).toBe(form);
  });
});

describe("canonical values", () => {
  it("reads phones in any French format as E.164", () => {
    for (const typed of ["06 12 34 56 78", "+33612345678", "0033 6 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "+33 (0)6 12 34 56 78"]) {
      expect(phoneForm(typed)).toBe("+33612345678");
    }
    expect(phoneForm("0692 12 34 56")).toBe("+262692123456");
  });

  it("keeps the digits of what is not a phone number, and nothing for a missing one", () => {
    expect(phoneForm("12 34")).toBe("1234");
    expect(phoneForm(null)).toBe("");
  });

  it("lowers and trims e-mails, keeping dots and tags", () => {
    expect(emailForm("  Jean.Dupont+Mutuelle@Exemple.FR ")).toBe("jean.dupont+mutuelle@exemple.fr");
    expect(emailForm(undefined)).toBe("");
  });

  it("keeps the digits of identifiers, postal codes without spaces, text trimmed", () => {
    expect(digitsForm("552 100 554 00013")).toBe("55210055400013");
    expect(digitsForm("552.100.554")).toBe("552100554");
    expect(postalCodeForm(" 75 011 ")).toBe("75011");
    expect(trimmedText("  Le   Goff ")).toBe("Le Goff");
    expect(trimmedText(null)).toBe("");
  });
});

describe("phoneticCode", () => {
  it("folds spellings of one sound and keeps different sounds apart", () => {
    expect(phoneticCode("dupont")).toBe(phoneticCode("dupond"));
    expect(phoneticCode("gauthier")).toBe(phoneticCode("gautier"));
    expect(phoneticCode("lefebvre")).toBe(phoneticCode("lefevre"));
    expect(phoneticCode("martin")).toBe(phoneticCode("martinn"));
    expect(phoneticCode("faure")).not.toBe(phoneticCode("fort"));
    expect(phoneticCode("marie")).not.toBe(phoneticCode("mario"));
  });

  it("ignores digits and gives nothing for no letters", () => {
    expect(phoneticCode("dupont2")).toBe(phoneticCode("dupont"));
    expect(phoneticCode("123")).toBe("");
  });
});

describe("similarity", () => {
  it("is 1 for identical forms, 0 against nothing, Jaro-Winkler otherwise", () => {
    expect(similarity("martin", "martin")).toBe(1);
    expect(similarity("martin", "")).toBe(0);
    expect(similarity("martin", "marten")).toBeCloseTo(0.933, 3);
    expect(similarity("martin", "marchand")).toBeLessThan(0.9);
  });
});
