/**
 * Matching a beneficiary (or the contract, through its main insured) to a tariff grid row.
 * The first matching row wins, as on a printed grid read top to bottom. When none matches,
 * the request field to blame is the criterion whose relaxation alone would find a row.
 */
import type { Household, PricedBeneficiary } from "./household.js";
import type { MatchedCriterion } from "./line-basis.js";
import type { RowCriteria } from "./tariff.js";

type Criterion = "role" | "age" | "zone" | "socialRegime" | "localRegime" | "structure";

const criterionTests: Record<Criterion, (row: RowCriteria, who: PricedBeneficiary, household: Household) => boolean> = {
  role: (row, who) => !row.roles || row.roles.includes(who.role),
  age: (row, who) => (row.ageMin === undefined || who.age >= row.ageMin) && (row.ageMax === undefined || who.age <= row.ageMax),
  zone: (row, _who, household) => !row.zones || row.zones.includes(household.zone),
  socialRegime: (row, _who, household) => !row.socialRegimes || row.socialRegimes.includes(household.socialRegime),
  localRegime: (row, _who, household) => !row.localRegimes || row.localRegimes.includes(household.localRegime),
  structure: (row, _who, household) => !row.structures || row.structures.includes(household.structure),
};
const criteria = Object.keys(criterionTests) as Criterion[];
// The role is what the user chose on purpose: blame it last (a 36-year-old "child" is too old, not misfiled).
const blameOrder: Criterion[] = ["age", "zone", "socialRegime", "localRegime", "structure", "role"];

function matches(row: RowCriteria, who: PricedBeneficiary, household: Household, except?: Criterion): boolean {
  return criteria.every((criterion) => criterion === except || criterionTests[criterion](row, who, household));
}

export function findRow<Row extends RowCriteria>(rows: readonly Row[], who: PricedBeneficiary, household: Household): Row | undefined {
  return rows.find((row) => matches(row, who, household));
}

/** The request field that keeps `who` out of every row. */
export function blockingField(rows: readonly RowCriteria[], who: PricedBeneficiary, household: Household): string {
  const fields: Record<Criterion, string> = {
    role: `beneficiaries.${who.index}.role`,
    age: `beneficiaries.${who.index}.birthDate`,
    zone: "postalCode",
    socialRegime: "socialRegime",
    localRegime: "localRegime",
    structure: "beneficiaries",
  };
  const culprit = blameOrder.find((criterion) => rows.some((row) => matches(row, who, household, criterion)));
  return culprit ? fields[culprit] : `beneficiaries.${who.index}`;
}

/** The criterion values a row was chosen on, in grid order: the data of a contribution's explanation. */
export function describeMatch(row: RowCriteria, who: PricedBeneficiary, household: Household): MatchedCriterion[] {
  const matched: MatchedCriterion[] = [];
  if (row.roles) matched.push({ criterion: "role", role: who.role });
  if (row.ageMin !== undefined || row.ageMax !== undefined) {
    matched.push({ criterion: "age", age: who.age, ageMin: row.ageMin ?? 0, ...(row.ageMax === undefined ? {} : { ageMax: row.ageMax }) });
  }
  if (row.zones) matched.push({ criterion: "zone", zone: household.zone, department: household.department });
  if (row.socialRegimes) matched.push({ criterion: "social_regime", socialRegime: household.socialRegime });
  if (row.localRegimes) matched.push({ criterion: "local_regime", localRegime: household.localRegime });
  if (row.structures) matched.push({ criterion: "structure", structure: household.structure });
  return matched;
}
