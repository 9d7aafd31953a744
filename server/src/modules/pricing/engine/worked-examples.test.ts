/** The five worked examples of docs/domain/pricing.md, number for number. */
import { describe, expect, it } from "vitest";
import { price } from "./price.js";
import type { Price } from "./price-result.js";
import type { PricingProfile } from "./profile.js";
import type { PricingParameters, Tariff, TariffRow } from "./tariff.js";

const parameters: PricingParameters = {
  pmssCents: [
    { from: "2025-01-01", value: 392_500 },
    { from: "2026-01-01", value: 400_500 },
  ],
  tsaRates: [{ from: "2016-01-01", value: { responsible: "13.27", standard: "20.27" } }],
};

const adults = ["main_insured", "spouse", "dependent"] as const;
const ageBands = [
  [18, 29],
  [30, 44],
  [45, 59],
  [60, 120],
] as const;
const byZone = { Z1: [3200, 4200, 5600, 7400], Z2: [3500, 4600, 6100, 8100], Z3: [3900, 5100, 6800, 8900] };
const alsaceMoselle = [2900, 3700, 4900, 6600];

const individualRows: TariffRow[] = [
  ...ageBands.map(([ageMin, ageMax], band): TariffRow => ({ roles: [...adults], ageMin, ageMax, localRegimes: ["alsace_moselle"], amountCents: alsaceMoselle[band] })),
  { roles: ["child"], ageMin: 0, ageMax: 25, localRegimes: ["alsace_moselle"], amountCents: 1900 },
  ...Object.entries(byZone).flatMap(([zone, amounts]) =>
    ageBands.map(([ageMin, ageMax], band): TariffRow => ({ roles: [...adults], ageMin, ageMax, zones: [zone], amountCents: amounts[band] })),
  ),
  { roles: ["child"], ageMin: 0, ageMax: 25, amountCents: 2100 },
];

const individual: Tariff = {
  version: "essentielle-2026-01-01",
  ageMethod: "birth_year",
  responsibleContract: true,
  zones: { "75": "Z3", "92": "Z3", "93": "Z3", "94": "Z3", "13": "Z2", "69": "Z2" },
  defaultZone: "Z1",
  grid: { type: "per_beneficiary", rows: individualRows },
  options: [],
  fees: [
    { kind: "adhesion", label: "Frais d'adhésion", amountCents: 1500 },
    { kind: "management", label: "Frais de gestion", amountCents: 200 },
    { kind: "association_dues", label: "Cotisation associative", amountCents: 100 },
  ],
  discounts: [
    { kind: "couple", label: "Remise couple", percent: "10", roles: ["main_insured", "spouse"] },
    { kind: "nth_child_free", label: "Gratuité à partir du 3e enfant", fromRank: 3 },
  ],
  commissions: [{ introducerKind: "broker", label: "Commission courtier", percent: "12" }],
};

const group: Tariff = {
  version: "collective-confort-2026-01-01",
  ageMethod: "exact",
  responsibleContract: true,
  zones: {},
  defaultZone: "FR",
  grid: {
    type: "pmss_percentage",
    rows: [
      { roles: ["main_insured"], pmssPercent: "1.20" },
      { roles: ["spouse"], pmssPercent: "1.10" },
      { roles: ["child"], pmssPercent: "0.55" },
    ],
  },
  options: [],
  fees: [],
  discounts: [],
  commissions: [],
};

function profile(postalCode: string, birthDates: [PricingProfile["beneficiaries"][number]["role"], string][], extra: Partial<PricingProfile> = {}): PricingProfile {
  return {
    effectiveDate: "2026-01-01",
    postalCode,
    socialRegime: "general",
    localRegime: "none",
    beneficiaries: birthDates.map(([role, birthDate]) => ({ role, birthDate })),
    ...extra,
  };
}

function priced(tariff: Tariff, who: PricingProfile): Price {
  const result = price(tariff, parameters, who);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.price;
}

const amounts = (result: Price, component: string) => result.lines.filter((line) => line.component === component).map((line) => [line.beneficiary, line.amountCents]);

describe("worked examples (docs/domain/pricing.md)", () => {
  it("1. a single person in Lyon: 46.00 € net, 3.00 € fees, 6.50 € TSA → 55.50 € a month", () => {
    const result = priced(individual, profile("69003", [["main_insured", "1984-05-10"]]));
    expect(result.monthly).toEqual({ netCents: 4600, feesCents: 300, taxCents: 650, discountCents: 0, grossCents: 5550 });
    expect(result.annual).toEqual({ netCents: 55_200, feesCents: 3600, taxCents: 7800, discountCents: 0, grossCents: 66_600 });
    expect(result.oneOff).toEqual({ netCents: 0, feesCents: 1500, taxCents: 199, discountCents: 0, grossCents: 1699 });
    expect(amounts(result, "tax")).toEqual([
      [0, 610],
      [null, 40],
    ]);
    expect(result.lines[0]).toMatchObject({
      basis: {
        code: "profile",
        criteria: [
          { criterion: "role", role: "main_insured" },
          { criterion: "age", age: 42, ageMin: 30, ageMax: 44 },
          { criterion: "zone", zone: "Z2", department: "69" },
        ],
      },
      amountCents: 4600,
    });
    expect(result.lines.filter((line) => line.component === "tax" || line.component === "one_off_tax").map((line) => line.basis)).toEqual([
      { code: "net_after_discounts_plus_fees", baseCents: 4600 },
      { code: "net_after_discounts_plus_fees", baseCents: 300 },
      { code: "one_off_fees", baseCents: 1500 },
    ]);
    expect(result.tariffVersion).toBe("essentielle-2026-01-01");
  });

  it("2. a couple: 10 % couple discount on each adult before the tax → 97.18 € a month", () => {
    const result = priced(individual, profile("69003", [["main_insured", "1984-05-10"], ["spouse", "1986-11-02"]]));
    expect(result.monthly).toEqual({ netCents: 9200, feesCents: 300, taxCents: 1138, discountCents: 920, grossCents: 9718 });
    expect(amounts(result, "discount")).toEqual([
      [0, 460],
      [1, 460],
    ]);
    expect(result.lines.find((line) => line.component === "discount")?.basis).toEqual({ code: "contribution", baseCents: 4600 });
    expect(amounts(result, "tax")).toEqual([
      [0, 549],
      [1, 549],
      [null, 40],
    ]);
  });

  it("3. a family with three children, the third free → 144.76 € a month", () => {
    const result = priced(
      individual,
      profile("69003", [["main_insured", "1984-05-10"], ["spouse", "1986-11-02"], ["child", "2014-03-01"], ["child", "2017-07-14"], ["child", "2020-09-30"]]),
    );
    expect(result.monthly).toEqual({ netCents: 15_500, feesCents: 300, taxCents: 1696, discountCents: 3020, grossCents: 14_476 });
    expect(result.lines.find((line) => line.component === "discount" && line.beneficiary === 4)).toMatchObject({ amountCents: 2100, rate: "100", basis: { code: "child_rank", fromRank: 3 } });
    expect(amounts(result, "tax")).toEqual([
      [0, 549],
      [1, 549],
      [2, 279],
      [3, 279],
      [null, 40],
    ]);
  });

  it("4. a group contract priced as a percentage of the 2026 PMSS (4,005 €) → 104.34 € a month", () => {
    const result = priced(group, profile("33000", [["main_insured", "1990-02-15"], ["child", "2019-06-01"], ["child", "2022-01-20"]], { effectiveDate: "2026-03-01" }));
    expect(result.monthly).toEqual({ netCents: 9212, feesCents: 0, taxCents: 1222, discountCents: 0, grossCents: 10_434 });
    expect(result.lines.filter((line) => line.component === "contribution").map((line) => [line.amountCents, line.rate, line.basis])).toEqual([
      [4806, "1.2", { code: "profile", criteria: [{ criterion: "role", role: "main_insured" }], pmssCents: 400_500 }],
      [2203, "0.55", { code: "profile", criteria: [{ criterion: "role", role: "child" }], pmssCents: 400_500 }],
      [2203, "0.55", { code: "profile", criteria: [{ criterion: "role", role: "child" }], pmssCents: 400_500 }],
    ]);
  });

  it("5. the Alsace-Moselle local regime takes its own, lower grid → 45.31 € a month", () => {
    const result = priced(individual, profile("67000", [["main_insured", "1984-05-10"]], { localRegime: "alsace_moselle" }));
    expect(result.monthly).toEqual({ netCents: 3700, feesCents: 300, taxCents: 531, discountCents: 0, grossCents: 4531 });
    expect(result.lines[0]?.basis).toEqual({
      code: "profile",
      criteria: [
        { criterion: "role", role: "main_insured" },
        { criterion: "age", age: 42, ageMin: 30, ageMax: 44 },
        { criterion: "local_regime", localRegime: "alsace_moselle" },
      ],
    });
  });
});

describe("a discount targeted at roles on a contract's contribution", () => {
  const byStructure: Tariff = {
    ...individual,
    grid: {
      type: "per_family_structure",
      rows: [
        { structures: ["single"], amountCents: 5000 },
        { structures: ["couple"], amountCents: 9000 },
        { structures: ["single_parent", "family"], amountCents: 12_000 },
      ],
    },
  };

  it("6. a couple on a per-family-structure grid: the couple discount on the main insured and the spouse takes 10 % of the contract's 90.00 € → 95.15 € a month", () => {
    const result = priced(byStructure, profile("69003", [["main_insured", "1984-05-10"], ["spouse", "1986-11-02"]]));
    expect(result.monthly).toEqual({ netCents: 9000, feesCents: 300, taxCents: 1115, discountCents: 900, grossCents: 9515 });
    expect(result.lines.filter((line) => line.component === "discount")).toEqual([
      { beneficiary: null, component: "discount", basis: { code: "contribution", baseCents: 9000 }, rate: "10", amountCents: 900, label: "Remise couple" },
    ]);
  });

  it("reaches a flat contract through the main insured, and only beneficiaries of the targeted roles beside it", () => {
    const flat: Tariff = {
      ...individual,
      grid: { type: "flat", rows: [{ amountCents: 6000 }] },
      options: [{ code: "dental", label: "Renfort dentaire", grid: { type: "per_beneficiary", rows: [{ amountCents: 1000 }] } }],
      discounts: [{ kind: "commercial", label: "Offre adultes", percent: "10", roles: ["main_insured", "spouse"] }],
    };
    const result = priced(flat, profile("69003", [["main_insured", "1984-05-10"], ["spouse", "1986-11-02"], ["child", "2014-03-01"]], { options: ["dental"] }));
    expect(amounts(result, "discount")).toEqual([
      [null, 600],
      [0, 100],
      [1, 100],
    ]);
  });
});

describe("dated parameters and settings", () => {
  it("prices a 2025 effective date with the 2025 PMSS (3,925 €)", () => {
    const result = priced(group, profile("33000", [["main_insured", "1990-02-15"]], { effectiveDate: "2025-12-01" }));
    expect(result.monthly.netCents).toBe(4710);
  });

  it("taxes a contract that is not responsible at 20.27 %", () => {
    const result = priced({ ...individual, responsibleContract: false, fees: [] }, profile("69003", [["main_insured", "1984-05-10"]]));
    expect(result.lines.find((line) => line.component === "tax")).toMatchObject({ rate: "20.27", amountCents: 932 });
  });

  it("refuses a date before any TSA rate, naming the field", () => {
    const result = price(individual, { ...parameters, tsaRates: [{ from: "2027-01-01", value: { responsible: "13.27", standard: "20.27" } }] }, profile("69003", [["main_insured", "1984-05-10"]]));
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ field: "effectiveDate", code: "pricing.tax_rate_missing" })] });
  });

  it("computes a broker's commission on the net after discounts, outside the price", () => {
    const result = priced(individual, profile("69003", [["main_insured", "1984-05-10"], ["spouse", "1986-11-02"]], { introducer: { id: "b1", kind: "broker" } }));
    expect(result.commissionCents).toBe(994);
    expect(result.lines.find((line) => line.component === "commission")?.basis).toEqual({ code: "net_after_discounts", baseCents: 8280 });
    expect(result.monthly.grossCents).toBe(9718);
  });

  it("grants a commercial discount only on its channel and within its dates", () => {
    const promo: Tariff = { ...individual, discounts: [{ kind: "commercial", label: "Offre web", percent: "5", channels: ["online"], validFrom: "2026-01-01", validTo: "2026-03-31" }] };
    const single = (extra: Partial<PricingProfile>) => priced(promo, profile("69003", [["main_insured", "1984-05-10"]], extra)).monthly.discountCents;
    expect(single({ channel: "online" })).toBe(230);
    expect(single({ channel: "agency" })).toBe(0);
    expect(single({ channel: "online", effectiveDate: "2026-04-01" })).toBe(0);
  });

  it("prices an optional module on top of the formula", () => {
    const modular: Tariff = { ...individual, options: [{ code: "dental_plus", label: "Renfort dentaire", grid: { type: "flat", rows: [{ amountCents: 850 }] } }] };
    const result = priced(modular, profile("69003", [["main_insured", "1984-05-10"]], { options: ["dental_plus"] }));
    expect(result.monthly.netCents).toBe(5450);
    expect(result.lines.find((line) => line.label === "Renfort dentaire contrat (single)")).toMatchObject({ beneficiary: null, amountCents: 850 });
  });
});

describe("refusals name the field to fix", () => {
  const refused = (tariff: Tariff, who: PricingProfile) => {
    const result = price(tariff, parameters, who);
    return result.ok ? [] : result.issues.map((issue) => [issue.field, issue.code]);
  };

  it("a child too old for the child rows is blamed on its birth date", () => {
    expect(refused(individual, profile("69003", [["main_insured", "1984-05-10"], ["child", "1990-01-01"]]))).toEqual([["beneficiaries.1.birthDate", "pricing.no_rate"]]);
  });

  it("a household without a main insured, an unknown option, a bad postal code", () => {
    expect(refused(individual, profile("6900", [["spouse", "1984-05-10"]]))).toEqual([
      ["postalCode", "pricing.postal_code_invalid"],
      ["beneficiaries", "pricing.main_insured_required"],
    ]);
    expect(refused(individual, profile("69003", [["main_insured", "1984-05-10"]], { options: ["nope"] }))).toEqual([["options.0", "pricing.option_unknown"]]);
  });

  it("an optional module chosen twice, which would be charged twice", () => {
    const modular: Tariff = { ...individual, options: [{ code: "dental_plus", label: "Renfort dentaire", grid: { type: "flat", rows: [{ amountCents: 850 }] } }] };
    expect(refused(modular, profile("69003", [["main_insured", "1984-05-10"]], { options: ["dental_plus", "dental_plus"] }))).toEqual([["options.1", "pricing.option_twice"]]);
  });

  it("a department outside every zone when the product has no default zone", () => {
    expect(refused({ ...individual, defaultZone: undefined }, profile("33000", [["main_insured", "1984-05-10"]]))).toEqual([["postalCode", "pricing.zone_unknown"]]);
  });

  it("a social regime no row accepts", () => {
    const regimeOnly: Tariff = { ...individual, grid: { type: "flat", rows: [{ socialRegimes: ["agricultural"], amountCents: 1000 }] } };
    expect(refused(regimeOnly, profile("69003", [["main_insured", "1984-05-10"]]))).toEqual([["socialRegime", "pricing.no_rate"]]);
  });
});
