import { createHash } from "node:crypto";
import { type MatchRecordByTarget, PreparedRecord, prepareRecord, transposedField } from "./prepared-record.js";
import type { ComparisonMethod, DuplicateRuleDefinition, DuplicateTarget, FieldComparison } from "./rules.js";
import { similarity } from "./similarity.js";

export { type CompanyMatchRecord, type MatchRecordByTarget, type PersonMatchRecord, PreparedRecord, prepareRecord } from "./prepared-record.js";

/** A plain record of the rule's target, or the same record already prepared. */
export type Matchable<T extends DuplicateTarget> = MatchRecordByTarget[T] | PreparedRecord<T>;

/** A rule of one target; a `DuplicateRuleDefinition` read from storage is one of either target. */
export type RuleFor<T extends DuplicateTarget> = DuplicateRuleDefinition & { target: T };

export interface RecordComparison {
  matched: boolean;
  /** 0..1: 1 when every field of the rule holds the same canonical value on both sides. */
  score: number;
  /** The rule's fields that matched. */
  fields: string[];
  /** The match needed the first and last names read the other way round. */
  transposed: boolean;
}

/**
 * What a field is worth when it matches only through its method, not on identical values: a
 * difference of accents or hyphens is nearly certain to be the same value; a sound, less so.
 */
const methodCredit: Readonly<Record<Exclude<ComparisonMethod, "fuzzy">, number>> = { exact: 1, normalised: 0.95, phonetic: 0.85 };

/** A transposed entry is a likely duplicate, but less certain than one typed the same way. */
const transposedCredit = 0.9;

/** Keys longer than this are stored as a digest: the column is btree-indexed, and btree entries have a size limit. */
const maximumKeyLength = 120;

function prepared<T extends DuplicateTarget>(rule: RuleFor<T>, record: Matchable<T>): PreparedRecord<T> {
  return record instanceof PreparedRecord ? record : prepareRecord(rule.target, record);
}

/** Rules on both the first and the last name also find the entries where the two were swapped. */
function isTransposable(rule: DuplicateRuleDefinition): boolean {
  return rule.fields.some((comparison) => comparison.field === "lastName") && rule.fields.some((comparison) => comparison.field === "firstName");
}

function slot(field: string, transposed: boolean): string {
  return transposed ? (transposedField[field] ?? field) : field;
}

/**
 * The keys under which a record is filed for a rule: one per combination of the forms of the
 * rule's non-fuzzy fields (a family name has several: with and without its particles, usage and
 * birth name), prefixed by the rule code. Rules on both names add the keys of the names read
 * the other way round, so "MARTIN Paul" and "PAUL Martin" share a key. Two records can match a
 * rule only if they share a key; no key when a field the rule needs is missing.
 */
export function blockingKeys<T extends DuplicateTarget>(rule: RuleFor<T>, record: Matchable<NoInfer<T>>): string[] {
  const source = prepared(rule, record);
  const keyed = rule.fields.filter((comparison) => comparison.method !== "fuzzy");
  const keys = new Set<string>();
  const orientations = isTransposable(rule) ? [false, true] : [false];
  for (const transposed of orientations) {
    const formsByField = keyed.map((comparison) => source.forms(slot(comparison.field, transposed), comparison.method));
    for (const combination of combinations(formsByField)) keys.add(fileKey(rule.code, combination));
  }
  return [...keys];
}

/** Every way of taking one form per field, joined by "|"; none when a field has no form. */
function combinations(formsByField: ReadonlyArray<readonly string[]>): string[] {
  let joined = [""];
  formsByField.forEach((forms, index) => {
    const next: string[] = [];
    for (const prefix of joined) for (const form of forms) next.push(index === 0 ? form : `${prefix}|${form}`);
    joined = next;
  });
  return formsByField.length === 0 ? [] : joined;
}

function fileKey(ruleCode: string, combination: string): string {
  const key = `${ruleCode}:${combination}`;
  return key.length <= maximumKeyLength ? key : `${ruleCode}#${createHash("sha256").update(combination).digest("base64url").slice(0, 32)}`;
}

/** How well one field matches: 0 when it does not, else the method's credit, or 1 on identical values. */
function fieldScore(comparison: FieldComparison, a: PreparedRecord, aSlot: string, b: PreparedRecord, bSlot: string): number {
  const exactA = a.exact(aSlot);
  const exactB = b.exact(bSlot);
  if (exactA.length === 0 || exactB.length === 0) return 0;
  if (shareAValue(exactA, exactB)) return 1;
  const formsA = a.forms(aSlot, comparison.method);
  const formsB = b.forms(bSlot, comparison.method);
  if (comparison.method !== "fuzzy") return shareAValue(formsA, formsB) ? methodCredit[comparison.method] : 0;
  const best = bestSimilarity(formsA, formsB);
  return best >= (comparison.threshold ?? 1) ? best : 0;
}

function shareAValue(a: readonly string[], b: readonly string[]): boolean {
  for (const value of a) if (b.includes(value)) return true;
  return false;
}

function bestSimilarity(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const left of a) for (const right of b) best = Math.max(best, similarity(left, right));
  return best;
}

function compareOriented(rule: DuplicateRuleDefinition, a: PreparedRecord, aTransposed: boolean, b: PreparedRecord, bTransposed: boolean): RecordComparison {
  const fields: string[] = [];
  let total = 0;
  for (const comparison of rule.fields) {
    const score = fieldScore(comparison, a, slot(comparison.field, aTransposed), b, slot(comparison.field, bTransposed));
    if (score > 0) fields.push(comparison.field);
    total += score;
  }
  const transposed = aTransposed !== bTransposed;
  const score = (rule.fields.length === 0 ? 0 : total / rule.fields.length) * (transposed ? transposedCredit : 1);
  return { matched: rule.fields.length > 0 && fields.length === rule.fields.length, score, fields, transposed };
}

/**
 * Whether two records match a rule: every field of the rule matches by its method. The score
 * (0..1) averages the fields' scores: 1 for identical canonical values, the method's credit for
 * a match through normalisation or sound, the similarity for fuzzy fields; a transposed match
 * is worth a little less. A record never matches itself by id.
 */
export function compareRecords<T extends DuplicateTarget>(rule: RuleFor<T>, a: Matchable<NoInfer<T>>, b: Matchable<NoInfer<T>>): RecordComparison {
  const left = prepared(rule, a);
  const right = prepared(rule, b);
  if (left.id !== undefined && left.id === right.id) return { matched: false, score: 0, fields: [], transposed: false };
  const straight = compareOriented(rule, left, false, right, false);
  if (straight.matched || !isTransposable(rule)) return straight;
  const candidates = [compareOriented(rule, left, false, right, true), compareOriented(rule, left, true, right, false)];
  return candidates.find((candidate) => candidate.matched) ?? straight;
}
