// Demo catalogue: per tenant, an individual and a group health range with believable tariffs
// (orders of magnitude of 2026 French health cover) and the guarantees of the five main modules.
import { and, eq } from "drizzle-orm";
import type { Executor } from "../platform/db/database.js";
import { formulas, guarantees, products, ranges } from "../modules/catalogue/index.js";
import { insertTariffVersion, type TariffInput } from "../modules/pricing/index.js";

type Grid = TariffInput["grids"][number]["grid"];

const demoGuarantees = [
  { coverageModule: "hospital", code: "hospital_stay", label: "Frais de séjour et honoraires", levels: ["100 % BR", "150 % BR", "200 % BR", "300 % BR"] },
  { coverageModule: "hospital", code: "private_room", label: "Chambre particulière", levels: ["30 € / jour", "50 € / jour", "70 € / jour", "90 € / jour"] },
  { coverageModule: "routine_care", code: "gp", label: "Consultations généralistes et spécialistes", levels: ["100 % BR", "125 % BR", "150 % BR", "200 % BR"] },
  { coverageModule: "routine_care", code: "pharmacy", label: "Pharmacie remboursée", levels: ["100 % BR", "100 % BR", "100 % BR", "100 % BR"] },
  { coverageModule: "optical", code: "glasses", label: "Monture et verres (par période de deux ans)", levels: ["100 % Santé", "200 €", "300 €", "450 €"] },
  { coverageModule: "optical", code: "lenses", label: "Lentilles", levels: ["—", "100 € / an", "150 € / an", "250 € / an"] },
  { coverageModule: "dental", code: "dental_care", label: "Soins dentaires", levels: ["100 % BR", "125 % BR", "150 % BR", "200 % BR"] },
  { coverageModule: "dental", code: "crowns", label: "Prothèses dentaires hors 100 % Santé", levels: ["125 % BR", "200 % BR", "300 % BR", "400 % BR"] },
  { coverageModule: "hearing", code: "hearing_aids", label: "Aides auditives (par oreille)", levels: ["100 % Santé", "400 €", "700 €", "1 000 €"] },
] as const;

const modules = ["hospital", "routine_care", "optical", "dental", "hearing"] as const;
const adults = ["main_insured", "spouse", "dependent"] as const;
const ageBands = [
  [18, 24],
  [25, 34],
  [35, 44],
  [45, 54],
  [55, 64],
  [65, 74],
  [75, 120],
] as const;
/** Monthly HT of the entry formula per age band, in the cheapest zone; the others are multiples. */
const entryAdultCents = [2400, 2900, 3500, 4400, 5600, 7100, 8600];
const zoneFactors = { Z1: 1, Z2: 1.08, Z3: 1.18 } as const;
/** Régime local d'Alsace-Moselle: the compulsory scheme pays more, the top-up costs less. */
const alsaceMoselleFactor = 0.82;

const roundTo10 = (cents: number): number => Math.round(cents / 10) * 10;

/** An individual grid: adults by age band and zone, Alsace-Moselle rows first, children flat. */
export function individualGrid(factor: number): Grid {
  const childCents = roundTo10(1900 * factor);
  return {
    type: "per_beneficiary",
    rows: [
      ...ageBands.map(([ageMin, ageMax], band) => ({ roles: [...adults], ageMin, ageMax, localRegimes: ["alsace_moselle" as const], amountCents: roundTo10((entryAdultCents[band] ?? 0) * factor * alsaceMoselleFactor) })),
      { roles: ["child" as const], ageMin: 0, ageMax: 25, localRegimes: ["alsace_moselle" as const], amountCents: roundTo10(childCents * alsaceMoselleFactor) },
      ...Object.entries(zoneFactors).flatMap(([zone, zoneFactor]) =>
        ageBands.map(([ageMin, ageMax], band) => ({ roles: [...adults], ageMin, ageMax, zones: [zone], amountCents: roundTo10((entryAdultCents[band] ?? 0) * factor * zoneFactor) })),
      ),
      { roles: ["child" as const], ageMin: 0, ageMax: 25, amountCents: childCents },
    ],
  };
}

/** A group grid as percentages of the PMSS by beneficiary role. */
function groupGrid(factor: number): Grid {
  const percent = (base: number) => (base * factor).toFixed(2);
  return {
    type: "pmss_percentage",
    rows: [
      { roles: ["main_insured"], pmssPercent: percent(1.1) },
      { roles: ["spouse", "dependent"], pmssPercent: percent(1.0) },
      { roles: ["child"], pmssPercent: percent(0.5) },
    ],
  };
}

export const demoZones = { "75": "Z3", "77": "Z2", "78": "Z3", "91": "Z2", "92": "Z3", "93": "Z3", "94": "Z3", "95": "Z2", "06": "Z3", "13": "Z2", "31": "Z2", "33": "Z2", "69": "Z2" };

interface DemoRange {
  code: string;
  label: string;
  productFamily: string;
  contractType: "individual" | "group";
  product: { code: string; label: string; channels: string[] };
  formulas: { code: string; label: string; factor: number }[];
  grid: (factor: number) => Grid;
  settings: Omit<TariffInput, "grids" | "effectiveFrom">;
}

const demoRanges: DemoRange[] = [
  {
    code: "SANTE_INDIVIDUELLE",
    label: "Santé Particuliers",
    productFamily: "health_individual",
    contractType: "individual",
    product: { code: "SANTE_PARTICULIERS", label: "Santé Particuliers — vente directe", channels: ["online", "agency", "call_centre"] },
    formulas: [
      { code: "ESSENTIEL", label: "Essentiel", factor: 1 },
      { code: "CONFORT", label: "Confort", factor: 1.35 },
      { code: "CONFORT_PLUS", label: "Confort+", factor: 1.7 },
      { code: "EXCELLENCE", label: "Excellence", factor: 2.2 },
    ],
    grid: individualGrid,
    settings: {
      ageMethod: "birth_year",
      responsibleContract: true,
      zones: demoZones,
      defaultZone: "Z1",
      fees: [
        { kind: "adhesion", label: "Frais d'adhésion", amountCents: 1500 },
        { kind: "management", label: "Frais de gestion", amountCents: 200 },
        { kind: "association_dues", label: "Cotisation associative", amountCents: 100 },
      ],
      discounts: [
        { kind: "couple", label: "Remise couple", percent: "10", roles: ["main_insured", "spouse"] },
        { kind: "nth_child_free", label: "Gratuité à partir du 3e enfant", fromRank: 3 },
        { kind: "commercial", label: "Offre web du premier trimestre", percent: "5", channels: ["online"], validFrom: "2026-01-01", validTo: "2026-03-31" },
      ],
      commissions: [
        { introducerKind: "broker", label: "Commission courtier", percent: "12" },
        { introducerKind: "agency", label: "Commissionnement agence", percent: "6" },
      ],
    },
  },
  {
    code: "SANTE_COLLECTIVE",
    label: "Santé Entreprises",
    productFamily: "health_group",
    contractType: "group",
    product: { code: "SANTE_ENTREPRISES", label: "Santé Entreprises — courtage et agences", channels: ["broker", "agency"] },
    formulas: [
      { code: "SOCLE", label: "Socle ANI", factor: 1 },
      { code: "RENFORT", label: "Renfort", factor: 1.3 },
      { code: "PREMIUM", label: "Premium", factor: 1.75 },
    ],
    grid: groupGrid,
    settings: {
      ageMethod: "exact",
      responsibleContract: true,
      zones: {},
      defaultZone: "FR",
      fees: [],
      discounts: [],
      commissions: [{ introducerKind: "broker", label: "Commission courtier", percent: "8" }],
    },
  },
];

/** Seeds the tenant's demo catalogue unless it has one; `variant` (1, 2…) shifts prices a little per tenant. */
export async function seedDemoCatalogue(tx: Executor, tenantId: string, variant: number): Promise<boolean> {
  const [existing] = await tx.select({ id: ranges.id }).from(ranges).where(and(eq(ranges.tenantId, tenantId), eq(ranges.code, demoRanges[0]?.code ?? "")));
  if (existing) return false;
  const priceShift = 1 + (variant - 1) * 0.04;
  for (const demo of demoRanges) {
    const [range] = await tx
      .insert(ranges)
      .values({ tenantId, code: demo.code, label: demo.label, domain: "health", productFamily: demo.productFamily, contractType: demo.contractType, rangeType: "base", designers: ["marketing", "actuarial"] })
      .returning({ id: ranges.id });
    if (!range) throw new Error("insert returned no row");
    const guaranteeRows = await tx
      .insert(guarantees)
      .values(demoGuarantees.map((guarantee, index) => ({ tenantId, rangeId: range.id, coverageModule: guarantee.coverageModule, code: guarantee.code, label: guarantee.label, sortOrder: index })))
      .returning({ id: guarantees.id, code: guarantees.code });
    const [product] = await tx
      .insert(products)
      .values({ tenantId, rangeId: range.id, ...demo.product, contractType: demo.contractType, insurers: ["self"], managers: ["self"], saleStart: "2025-01-01", grantsMembership: true })
      .returning({ id: products.id });
    if (!product) throw new Error("insert returned no row");
    const grids: TariffInput["grids"] = [];
    for (const [level, formula] of demo.formulas.entries()) {
      const guaranteeLevels = Object.fromEntries(guaranteeRows.map((row) => [row.id, demoGuarantees.find((guarantee) => guarantee.code === row.code)?.levels[level] ?? "—"]));
      const coverageLevels = Object.fromEntries(modules.map((module) => [module, Math.min(5, level + 1 + (module === "hospital" ? 1 : 0))]));
      const [row] = await tx
        .insert(formulas)
        .values({ tenantId, productId: product.id, code: formula.code, label: formula.label, sortOrder: level, guaranteeLevels, coverageLevels })
        .returning({ id: formulas.id });
      if (row) grids.push({ formulaId: row.id, grid: demo.grid(formula.factor * priceShift), options: [] });
    }
    await insertTariffVersion(tx, tenantId, null, product.id, { ...demo.settings, effectiveFrom: "2026-01-01", grids });
  }
  return true;
}
