import { describe, expect, it } from "vitest";
import { companyMatchFields, defaultDuplicateRules, duplicateRuleErrorCodes, personMatchFields, ruleDefinitionErrors } from "./rules.js";

const validRule = {
  code: "name_phonetic",
  target: "person",
  label: "Nom phonétique et date de naissance",
  fields: [
    { field: "lastName", method: "phonetic" },
    { field: "firstName", method: "fuzzy", threshold: 0.9 },
    { field: "birthDate", method: "exact" },
  ],
  active: true,
};

function codesOf(input: unknown): string[] {
  return ruleDefinitionErrors(input).map((error) => `${error.path} ${error.code}`);
}

describe("defaultDuplicateRules", () => {
  it("holds the rules of issue 5, all valid and active", () => {
    const rules = defaultDuplicateRules();
    expect(rules.map((rule) => `${rule.target}/${rule.code}`)).toEqual([
      "person/name_birth_date",
      "person/email",
      "person/mobile_phone",
      "company/siren",
      "company/siret",
      "company/name_postal_code",
    ]);
    for (const rule of rules) {
      expect(ruleDefinitionErrors(rule)).toEqual([]);
      expect(rule.active).toBe(true);
    }
  });

  it("compares names normalised and the birth date exactly", () => {
    expect(defaultDuplicateRules()[0]?.fields).toEqual([
      { field: "lastName", method: "normalised" },
      { field: "firstName", method: "normalised" },
      { field: "birthDate", method: "exact" },
    ]);
  });
});

describe("ruleDefinitionErrors", () => {
  it("accepts a valid rule", () => {
    expect(ruleDefinitionErrors(validRule)).toEqual([]);
  });

  it("refuses what is not a rule", () => {
    expect(codesOf(null)).toEqual([" duplicate_rule.invalid"]);
    expect(codesOf([])).toEqual([" duplicate_rule.invalid"]);
  });

  it("checks the code, target, label and active flag", () => {
    expect(codesOf({ ...validRule, code: "Name Birth", target: "contract", label: " ", active: "yes" })).toEqual([
      "code duplicate_rule.invalid_code",
      "target duplicate_rule.invalid_target",
      "label duplicate_rule.invalid_label",
      "active duplicate_rule.invalid_active",
    ]);
    expect(codesOf({ ...validRule, code: "a".repeat(41) })).toEqual(["code duplicate_rule.invalid_code"]);
  });

  it("needs at least one field", () => {
    expect(codesOf({ ...validRule, fields: [] })).toEqual(["fields duplicate_rule.fields_required"]);
    expect(codesOf({ ...validRule, fields: undefined })).toEqual(["fields duplicate_rule.fields_required"]);
  });

  it("accepts only the fields of the rule's target, each once", () => {
    const fields = [
      { field: "siren", method: "exact" },
      { field: "birthDate", method: "exact" },
      { field: "birthDate", method: "exact" },
      "lastName",
    ];
    expect(codesOf({ ...validRule, fields })).toEqual([
      "fields.0.field duplicate_rule.unknown_field",
      "fields.2.field duplicate_rule.repeated_field",
      "fields.3 duplicate_rule.invalid_field",
    ]);
    expect(ruleDefinitionErrors({ ...validRule, fields })[0]?.params).toEqual({ allowed: personMatchFields.join(", ") });
    expect(codesOf({ ...validRule, target: "company", fields: companyMatchFields.map((field) => ({ field, method: "exact" })) })).toEqual([]);
  });

  it("accepts only methods that apply to the field", () => {
    expect(
      codesOf({
        ...validRule,
        fields: [
          { field: "lastName", method: "soundex" },
          { field: "birthDate", method: "phonetic" },
          { field: "mobilePhone", method: "fuzzy", threshold: 0.9 },
          { field: "email", method: "fuzzy", threshold: 0.9 },
          { field: "firstName", method: "exact" },
        ],
      }),
    ).toEqual(["fields.0.method duplicate_rule.invalid_method", "fields.1.method duplicate_rule.method_not_applicable", "fields.2.method duplicate_rule.method_not_applicable"]);
  });

  it("wants a threshold in (0, 1] on fuzzy fields and none elsewhere", () => {
    const withFirstName = (comparison: object) => ({ ...validRule, fields: [{ field: "birthDate", method: "exact" }, { field: "firstName", ...comparison }] });
    expect(codesOf(withFirstName({ method: "fuzzy" }))).toEqual(["fields.1.threshold duplicate_rule.invalid_threshold"]);
    expect(codesOf(withFirstName({ method: "fuzzy", threshold: 0 }))).toEqual(["fields.1.threshold duplicate_rule.invalid_threshold"]);
    expect(codesOf(withFirstName({ method: "fuzzy", threshold: 1.2 }))).toEqual(["fields.1.threshold duplicate_rule.invalid_threshold"]);
    expect(codesOf(withFirstName({ method: "fuzzy", threshold: "0.9" }))).toEqual(["fields.1.threshold duplicate_rule.invalid_threshold"]);
    expect(codesOf(withFirstName({ method: "fuzzy", threshold: 1 }))).toEqual([]);
    expect(codesOf(withFirstName({ method: "normalised", threshold: 0.9 }))).toEqual(["fields.1.threshold duplicate_rule.threshold_not_fuzzy"]);
    expect(codesOf(withFirstName({ method: "normalised", threshold: null }))).toEqual([]);
  });

  it("needs a field that is not fuzzy, since blocking keys are built from those", () => {
    expect(codesOf({ ...validRule, fields: [{ field: "lastName", method: "fuzzy", threshold: 0.9 }] })).toEqual(["fields duplicate_rule.needs_non_fuzzy_field"]);
  });

  it("lists every code it can give", () => {
    const given = new Set(
      [null, { ...validRule, code: 1, target: 1, label: 1, active: 1, fields: ["x", { field: "x", method: "x" }, { field: "x", method: "exact", threshold: 1 }, { field: "x", method: "fuzzy" }] }]
        .flatMap((input) => ruleDefinitionErrors(input))
        .map((error) => error.code),
    );
    for (const code of given) expect(duplicateRuleErrorCodes).toContain(code);
  });
});
