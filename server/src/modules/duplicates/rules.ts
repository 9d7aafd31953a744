import type { FieldError } from "../../platform/http/problem.js";

export const duplicateTargets = ["person", "company"] as const;
export type DuplicateTarget = (typeof duplicateTargets)[number];

export const personMatchFields = ["lastName", "firstName", "birthDate", "email", "mobilePhone", "landlinePhone", "postalCode"] as const;
export const companyMatchFields = ["name", "siren", "siret", "postalCode", "email", "phone"] as const;
export type PersonMatchField = (typeof personMatchFields)[number];
export type CompanyMatchField = (typeof companyMatchFields)[number];

/**
 * How a field is compared (docs/domain/dedup.md): `exact` the field's canonical value (trimmed
 * text, lower-case e-mail, E.164 phone, digits of an identifier); `normalised` the French-aware
 * form (names only; the same as exact elsewhere); `phonetic` the FONEM code of the normalised
 * name; `fuzzy` a Jaro-Winkler similarity of the normalised forms at or above a threshold.
 */
export const comparisonMethods = ["exact", "normalised", "phonetic", "fuzzy"] as const;
export type ComparisonMethod = (typeof comparisonMethods)[number];

export interface FieldComparison {
  field: string;
  method: ComparisonMethod;
  /** fuzzy only: 0..1 similarity */
  threshold?: number;
}

export interface DuplicateRuleDefinition {
  code: string;
  target: DuplicateTarget;
  label: string;
  fields: FieldComparison[];
  active: boolean;
}

/** Fields that hold a name, the only ones a sound or a similarity makes sense for. */
const nameFields: ReadonlySet<string> = new Set(["lastName", "firstName", "name"]);

/** Where each method is meaningful: phonetic codes only for names; similarity for names and e-mails (typos). */
export function methodAppliesTo(method: ComparisonMethod, field: string): boolean {
  if (method === "phonetic") return nameFields.has(field);
  if (method === "fuzzy") return nameFields.has(field) || field === "email";
  return true;
}

function rule(target: DuplicateTarget, code: string, label: string, ...fields: FieldComparison[]): DuplicateRuleDefinition {
  return { code, target, label, fields, active: true };
}

/** The rules a tenant starts with, from the slide "Gérer les doublons" and issue 5. */
export function defaultDuplicateRules(): DuplicateRuleDefinition[] {
  return [
    rule(
      "person",
      "name_birth_date",
      "Même nom, prénom et date de naissance",
      { field: "lastName", method: "normalised" },
      { field: "firstName", method: "normalised" },
      { field: "birthDate", method: "exact" },
    ),
    rule("person", "email", "Même adresse e-mail", { field: "email", method: "exact" }),
    rule("person", "mobile_phone", "Même téléphone mobile", { field: "mobilePhone", method: "exact" }),
    rule("company", "siren", "Même SIREN", { field: "siren", method: "exact" }),
    rule("company", "siret", "Même SIRET", { field: "siret", method: "exact" }),
    rule("company", "name_postal_code", "Même raison sociale et code postal", { field: "name", method: "normalised" }, { field: "postalCode", method: "exact" }),
  ];
}

/** Rule codes prefix the blocking keys stored in an indexed column: short, stable, no separators. */
const ruleCodePattern = /^[a-z][a-z0-9_]{0,39}$/;
const maximumLabelLength = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** The fields a rule of this target may compare. */
export function matchFieldsOf(target: DuplicateTarget): readonly string[] {
  return target === "person" ? personMatchFields : companyMatchFields;
}

/**
 * What is wrong with a rule an administrator submits, field by field (empty when it is valid):
 * known fields for its target, each once; a method that applies to the field; a threshold on
 * fuzzy comparisons only, in (0, 1]; and at least one field that is not fuzzy, because blocking
 * keys are built from those and a rule without keys would never find a candidate.
 */
export function ruleDefinitionErrors(input: unknown): FieldError[] {
  if (!isRecord(input)) return [{ path: "", code: "duplicate_rule.invalid" }];
  const errors: FieldError[] = [];
  if (typeof input.code !== "string" || !ruleCodePattern.test(input.code)) errors.push({ path: "code", code: "duplicate_rule.invalid_code" });
  if (!isOneOf(duplicateTargets, input.target)) errors.push({ path: "target", code: "duplicate_rule.invalid_target" });
  if (typeof input.label !== "string" || input.label.trim() === "" || input.label.length > maximumLabelLength) {
    errors.push({ path: "label", code: "duplicate_rule.invalid_label", params: { max: maximumLabelLength } });
  }
  if (typeof input.active !== "boolean") errors.push({ path: "active", code: "duplicate_rule.invalid_active" });
  if (!Array.isArray(input.fields) || input.fields.length === 0) {
    errors.push({ path: "fields", code: "duplicate_rule.fields_required" });
    return errors;
  }
  const allowedFields = isOneOf(duplicateTargets, input.target) ? matchFieldsOf(input.target) : undefined;
  const seen = new Set<string>();
  let keyedFields = 0;
  input.fields.forEach((comparison: unknown, index) => {
    const path = `fields.${index}`;
    if (!isRecord(comparison)) {
      errors.push({ path, code: "duplicate_rule.invalid_field" });
      return;
    }
    const { field, method, threshold } = comparison;
    if (typeof field !== "string" || (allowedFields && !allowedFields.includes(field))) {
      errors.push({ path: `${path}.field`, code: "duplicate_rule.unknown_field", params: { allowed: allowedFields?.join(", ") ?? "" } });
    } else if (seen.has(field)) {
      errors.push({ path: `${path}.field`, code: "duplicate_rule.repeated_field" });
    } else {
      seen.add(field);
    }
    if (!isOneOf(comparisonMethods, method)) {
      errors.push({ path: `${path}.method`, code: "duplicate_rule.invalid_method" });
      return;
    }
    if (typeof field === "string" && !methodAppliesTo(method, field)) errors.push({ path: `${path}.method`, code: "duplicate_rule.method_not_applicable" });
    if (method !== "fuzzy") {
      keyedFields += 1;
      if (threshold !== undefined && threshold !== null) errors.push({ path: `${path}.threshold`, code: "duplicate_rule.threshold_not_fuzzy" });
    } else if (typeof threshold !== "number" || !(threshold > 0 && threshold <= 1)) {
      errors.push({ path: `${path}.threshold`, code: "duplicate_rule.invalid_threshold" });
    }
  });
  if (keyedFields === 0) errors.push({ path: "fields", code: "duplicate_rule.needs_non_fuzzy_field" });
  return errors;
}

/** Every error code ruleDefinitionErrors can give, so that the module registers a message for each. */
export const duplicateRuleErrorCodes = [
  "duplicate_rule.invalid",
  "duplicate_rule.invalid_code",
  "duplicate_rule.invalid_target",
  "duplicate_rule.invalid_label",
  "duplicate_rule.invalid_active",
  "duplicate_rule.fields_required",
  "duplicate_rule.invalid_field",
  "duplicate_rule.unknown_field",
  "duplicate_rule.repeated_field",
  "duplicate_rule.invalid_method",
  "duplicate_rule.method_not_applicable",
  "duplicate_rule.threshold_not_fuzzy",
  "duplicate_rule.invalid_threshold",
  "duplicate_rule.needs_non_fuzzy_field",
] as const;
