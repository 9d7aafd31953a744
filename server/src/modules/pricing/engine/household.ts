/**
 * The profile checked and resolved once: ages by the tariff's method, the zone of the postal code,
 * the family structure. Everything the grids match on, and every fault named by its request field.
 */
import { pricingAge } from "./age.js";
import { departmentOf } from "./department.js";
import type { PricingIssue } from "./price-result.js";
import type { PricingProfile } from "./profile.js";
import type { BeneficiaryRole, FamilyStructure, LocalRegime, Tariff } from "./tariff.js";

export interface PricedBeneficiary {
  index: number;
  role: BeneficiaryRole;
  age: number;
}

export interface Household {
  beneficiaries: PricedBeneficiary[];
  main: PricedBeneficiary;
  department: string;
  zone: string;
  socialRegime: string;
  localRegime: LocalRegime;
  structure: FamilyStructure;
}

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  // The round trip refuses days a month lacks (2026-02-30), which Date.parse rolls over.
  return isoDate.test(text) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

export function resolveHousehold(profile: PricingProfile, tariff: Tariff): { household?: Household; issues: PricingIssue[] } {
  const issues: PricingIssue[] = [];
  if (!isIsoDate(profile.effectiveDate)) issues.push({ field: "effectiveDate", code: "pricing.date_invalid", message: "not a date (yyyy-mm-dd)" });
  const department = departmentOf(profile.postalCode);
  const zone = department === undefined ? undefined : (tariff.zones[department] ?? tariff.defaultZone);
  if (department === undefined) issues.push({ field: "postalCode", code: "pricing.postal_code_invalid", message: "not a French postal code" });
  else if (zone === undefined) issues.push({ field: "postalCode", code: "pricing.zone_unknown", message: `department ${department} is in no zone of this product` });

  const mains = profile.beneficiaries.filter((beneficiary) => beneficiary.role === "main_insured").length;
  const spouses = profile.beneficiaries.filter((beneficiary) => beneficiary.role === "spouse").length;
  if (mains !== 1) issues.push({ field: "beneficiaries", code: "pricing.main_insured_required", message: "exactly one main insured is needed" });
  if (spouses > 1) issues.push({ field: "beneficiaries", code: "pricing.one_spouse_only", message: "at most one spouse" });

  const beneficiaries = profile.beneficiaries.map((beneficiary, index): PricedBeneficiary => {
    const dateOk = isIsoDate(beneficiary.birthDate);
    if (!dateOk) issues.push({ field: `beneficiaries.${index}.birthDate`, code: "pricing.date_invalid", message: "not a date (yyyy-mm-dd)" });
    else if (beneficiary.birthDate > profile.effectiveDate) {
      issues.push({ field: `beneficiaries.${index}.birthDate`, code: "pricing.born_after_effective_date", message: "born after the effective date" });
    }
    return { index, role: beneficiary.role, age: dateOk ? pricingAge(beneficiary.birthDate, profile.effectiveDate, tariff.ageMethod) : 0 };
  });
  const main = beneficiaries.find((beneficiary) => beneficiary.role === "main_insured");
  if (issues.length > 0 || !main || zone === undefined || department === undefined) return { issues };

  const withSpouse = spouses > 0;
  const withDependants = beneficiaries.some((beneficiary) => beneficiary.role === "child" || beneficiary.role === "dependent");
  const structure: FamilyStructure = withSpouse ? (withDependants ? "family" : "couple") : withDependants ? "single_parent" : "single";
  return {
    household: { beneficiaries, main, department, zone, socialRegime: profile.socialRegime, localRegime: profile.localRegime, structure },
    issues,
  };
}
