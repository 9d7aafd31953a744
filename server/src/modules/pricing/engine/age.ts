import type { AgeMethod } from "./tariff.js";

/**
 * Age used for pricing. exact: full years at the effective date (a 29 February birthday is
 * reached on 1 March in common years); birth_year: effective year minus birth year.
 */
export function pricingAge(birthDate: string, effectiveDate: string, method: AgeMethod): number {
  const years = Number(effectiveDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (method === "birth_year") return years;
  const birthdayNotYetReached = effectiveDate.slice(5) < birthDate.slice(5);
  return birthdayNotYetReached ? years - 1 : years;
}
