/** Invariants of the engine on random tariffs and households (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthsPerYear, price } from "./price.js";
import type { Price, PriceLine } from "./price-result.js";
import type { BeneficiaryProfile, PricingProfile } from "./profile.js";
import type { DiscountRule, FeeRule, PricingParameters, Tariff, TariffRow } from "./tariff.js";

const parameters: PricingParameters = {
  pmssCents: [{ from: "2026-01-01", value: 400_500 }],
  tsaRates: [{ from: "2016-01-01", value: { responsible: "13.27", standard: "20.27" } }],
};

const cents = fc.integer({ min: 0, max: 50_000 });
/** Percent texts from 0 to 100 with four decimals. */
const percent = fc.integer({ min: 0, max: 1_000_000 }).map((ppm) => `${Math.trunc(ppm / 10_000)}.${String(ppm % 10_000).padStart(4, "0")}`);

/** Rows covering every age, role and zone, so every generated household can be priced. */
const perBeneficiaryRows = fc.tuple(cents, cents, cents, cents).map(([young, old, spouse, child]): TariffRow[] => [
  { roles: ["child"], amountCents: child },
  { roles: ["spouse"], amountCents: spouse },
  { ageMax: 44, amountCents: young },
  { amountCents: old },
]);
const pmssRows = fc.tuple(percent, percent).map(([adult, child]): TariffRow[] => [{ roles: ["child"], pmssPercent: child }, { pmssPercent: adult }]);
/** Structure amounts that never decrease as the household grows, as a sane tariff has them. */
const structureRows = fc.tuple(cents, cents, cents, cents).map(([single, couple, parent, family]): TariffRow[] => [
  { structures: ["single"], amountCents: single },
  { structures: ["couple"], amountCents: single + couple },
  { structures: ["single_parent"], amountCents: single + parent },
  { structures: ["family"], amountCents: single + couple + parent + family },
]);

const grid = fc.oneof(
  perBeneficiaryRows.map((rows) => ({ type: "per_beneficiary" as const, rows })),
  pmssRows.map((rows) => ({ type: "pmss_percentage" as const, rows })),
  structureRows.map((rows) => ({ type: "per_family_structure" as const, rows })),
  cents.map((amountCents) => ({ type: "flat" as const, rows: [{ amountCents }] })),
);

const fee: fc.Arbitrary<FeeRule> = fc.record({
  kind: fc.constantFrom("adhesion", "management", "association_dues"),
  label: fc.constant("fee"),
  amountCents: fc.integer({ min: 0, max: 5000 }),
  per: fc.constantFrom("contract", "beneficiary"),
});

/** Discounts that never make a bigger household cheaper: no couple discount, which may (by design). */
const monotoneDiscount: fc.Arbitrary<DiscountRule> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((fromRank): DiscountRule => ({ kind: "nth_child_free", label: "free child", fromRank })),
  percent.map((value): DiscountRule => ({ kind: "commercial", label: "promo", percent: value })),
  fc.integer({ min: 0, max: 10_000 }).map((amountCents): DiscountRule => ({ kind: "commercial", label: "promo", amountCents })),
);
const anyDiscount = fc.oneof(monotoneDiscount, percent.map((value): DiscountRule => ({ kind: "couple", label: "couple", percent: value })));

function tariffOf(discounts: fc.Arbitrary<DiscountRule>): fc.Arbitrary<Tariff> {
  return fc.record({
    version: fc.constant("v1"),
    ageMethod: fc.constantFrom("exact", "birth_year"),
    responsibleContract: fc.boolean(),
    zones: fc.constant({}),
    defaultZone: fc.constant("FR"),
    grid,
    options: fc.constant([]),
    fees: fc.array(fee, { maxLength: 3 }),
    discounts: fc.array(discounts, { maxLength: 3 }),
    commissions: fc.constant([{ label: "commission", percent: "10" }]),
  });
}

const birthDate = fc.date({ min: new Date("1930-01-01"), max: new Date("2025-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const dependant = fc.record({ role: fc.constantFrom("child", "dependent"), birthDate }) as fc.Arbitrary<BeneficiaryProfile>;
const household = fc
  .tuple(birthDate, fc.option(birthDate, { nil: undefined }), fc.array(dependant, { maxLength: 5 }))
  .map(([main, spouse, others]): BeneficiaryProfile[] => [{ role: "main_insured", birthDate: main }, ...(spouse ? [{ role: "spouse" as const, birthDate: spouse }] : []), ...others]);

function profileOf(beneficiaries: BeneficiaryProfile[]): PricingProfile {
  return { effectiveDate: "2026-01-01", postalCode: "69003", socialRegime: "general", localRegime: "none", beneficiaries, channel: "online", introducer: { id: "i", kind: "broker" } };
}

function priced(tariff: Tariff, beneficiaries: BeneficiaryProfile[]): Price {
  const result = price(tariff, parameters, profileOf(beneficiaries));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.price;
}

const total = (lines: PriceLine[], component: PriceLine["component"]) => lines.filter((line) => line.component === component).reduce((sum, line) => sum + line.amountCents, 0);

describe("pricing invariants", () => {
  it("gross = net + fees + taxes − discounts, to the cent, and the lines add up to every total", () => {
    fc.assert(
      fc.property(tariffOf(anyDiscount), household, (tariff, beneficiaries) => {
        const { monthly, oneOff, commissionCents, lines } = priced(tariff, beneficiaries);
        expect(monthly.grossCents).toBe(monthly.netCents + monthly.feesCents + monthly.taxCents - monthly.discountCents);
        expect([monthly.netCents, monthly.feesCents, monthly.taxCents, monthly.discountCents]).toEqual([
          total(lines, "contribution"),
          total(lines, "fee"),
          total(lines, "tax"),
          total(lines, "discount"),
        ]);
        expect([oneOff.feesCents, oneOff.taxCents, commissionCents]).toEqual([total(lines, "one_off_fee"), total(lines, "one_off_tax"), total(lines, "commission")]);
        expect(lines.every((line) => Number.isInteger(line.amountCents) && line.amountCents >= 0)).toBe(true);
        expect(monthly.discountCents).toBeLessThanOrEqual(monthly.netCents);
      }),
    );
  });

  it("annual = 12 × monthly, field by field", () => {
    fc.assert(
      fc.property(tariffOf(anyDiscount), household, (tariff, beneficiaries) => {
        const { monthly, annual } = priced(tariff, beneficiaries);
        expect(annual).toEqual({
          netCents: monthly.netCents * monthsPerYear,
          feesCents: monthly.feesCents * monthsPerYear,
          taxCents: monthly.taxCents * monthsPerYear,
          discountCents: monthly.discountCents * monthsPerYear,
          grossCents: monthly.grossCents * monthsPerYear,
        });
      }),
    );
  });

  it("adding a beneficiary never lowers the gross price unless a couple discount says so", () => {
    fc.assert(
      fc.property(tariffOf(monotoneDiscount), household, dependant, (tariff, beneficiaries, added) => {
        expect(priced(tariff, [...beneficiaries, added]).monthly.grossCents).toBeGreaterThanOrEqual(priced(tariff, beneficiaries).monthly.grossCents);
      }),
    );
  });

  it("the same input always gives the same price", () => {
    fc.assert(
      fc.property(tariffOf(anyDiscount), household, (tariff, beneficiaries) => {
        expect(priced(tariff, beneficiaries)).toEqual(priced(tariff, beneficiaries));
      }),
    );
  });
});
