import { describe, expect, it } from "vitest";
import { amountText, criteriaKey, gridToTariff, parseAmountText, parsePercentText, tariffToGrid, usedCriteria, versionInForce } from "./tariffGrid";
import type { FormulaRef, TariffVersion } from "./types";

const formulas: FormulaRef[] = [
  { id: "f1", code: "ESSENTIEL", label: "Essentiel", options: [] },
  { id: "f2", code: "CONFORT", label: "Confort", options: [{ code: "DENT", label: "Dentaire+" }] },
];

const adults = ["main_insured", "spouse"] as const;
const version: TariffVersion = {
  id: "v1",
  productId: "p1",
  number: 3,
  createdAt: "2026-01-02T10:00:00Z",
  effectiveFrom: "2026-01-01",
  ageMethod: "birth_year",
  responsibleContract: true,
  zones: { "75": "Z3" },
  defaultZone: "Z1",
  fees: [{ kind: "adhesion", label: "Frais d'adhésion", amountCents: 1500 }],
  discounts: [],
  commissions: [],
  grids: [
    {
      // Stored in another order than the display order: the table follows the formulas.
      formulaId: "f2",
      grid: {
        type: "per_beneficiary",
        rows: [
          { roles: [...adults], ageMin: 18, ageMax: 44, amountCents: 4725 },
          { roles: [...adults], ageMin: 45, ageMax: 120, zones: ["Z3"], amountCents: 7000 },
          { roles: ["child"], amountCents: 2560 },
        ],
      },
      options: [{ code: "DENT", label: "Dentaire+", grid: { type: "flat", rows: [{ amountCents: 900 }] } }],
    },
    {
      formulaId: "f1",
      grid: {
        type: "per_beneficiary",
        rows: [
          { roles: [...adults], ageMin: 18, ageMax: 44, amountCents: 3500 },
          { roles: ["child"], amountCents: 1900 },
          { roles: ["child"], amountCents: 9999 },
        ],
      },
      options: [],
    },
  ],
};

describe("cents and percentages typed in a cell", () => {
  it("reads French and English euros to the cent, and refuses what is not an amount", () => {
    expect(parseAmountText("46,5")).toBe(4650);
    expect(parseAmountText("1 234.05 €")).toBe(123405);
    expect(parseAmountText("0,07")).toBe(7);
    expect(parseAmountText("12,345")).toBeNull();
    expect(parseAmountText("-3")).toBeNull();
    expect(parseAmountText("")).toBeNull();
    expect(parseAmountText("abc")).toBeNull();
    expect(amountText(4650, ",")).toBe("46,50");
    expect(amountText(7, ".")).toBe("0.07");
  });

  it("reads a percentage of the PMSS with up to four decimals", () => {
    expect(parsePercentText("1,1")).toBe("1.1");
    expect(parsePercentText("0.4375 %")).toBe("0.4375");
    expect(parsePercentText("1,23456")).toBeNull();
    expect(parsePercentText("x")).toBeNull();
  });
});

describe("tariff ↔ grid", () => {
  const { columns, rows } = tariffToGrid(version, formulas, ",");

  it("puts one column per formula and optional module, in the formulas' order", () => {
    expect(columns.map((column) => column.field)).toEqual(["ESSENTIEL", "CONFORT", "CONFORT/DENT"]);
    expect(columns[2]).toMatchObject({ formulaId: "f2", optionCode: "DENT", label: "Confort + Dentaire+", type: "flat" });
  });

  it("puts one row per criteria set, a repeated set apart, and no cell where a formula has no such row", () => {
    expect(rows.map((row) => row.id)).toEqual(["roles=main_insured,spouse;age=18-44", "roles=child", "roles=child#2", "roles=main_insured,spouse;age=45-120;zones=Z3", "all"]);
    expect(rows[0]?.cells).toEqual({ ESSENTIEL: "35,00", CONFORT: "47,25" });
    expect(rows[2]?.cells).toEqual({ ESSENTIEL: "99,99" });
    expect(rows[3]?.cells).toEqual({ CONFORT: "70,00" });
    expect(rows[4]?.cells).toEqual({ "CONFORT/DENT": "9,00" });
    expect(usedCriteria(rows)).toEqual(["roles", "ages", "zones"]);
  });

  it("gives back the same version when nothing was edited", () => {
    const result = gridToTariff(version, formulas, rows, version.effectiveFrom);
    const { id: _id, productId: _productId, number: _number, createdAt: _createdAt, ...input } = version;
    expect(result).toEqual({ ok: true, tariff: input });
  });

  it("changes only the edited cell, keeps criteria and order, and starts on the chosen day", () => {
    const edited = rows.map((row) => (row.id === "roles=child" ? { ...row, cells: { ...row.cells, CONFORT: "26,10" } } : row));
    const result = gridToTariff(version, formulas, edited, "2026-11-23");
    if (!result.ok) throw new Error("expected a tariff");
    expect(result.tariff.effectiveFrom).toBe("2026-11-23");
    expect(result.tariff.grids[0]?.grid.rows[2]).toEqual({ roles: ["child"], amountCents: 2610 });
    expect(result.tariff.grids[1]?.grid.rows.map((row) => row.amountCents)).toEqual([3500, 1900, 9999]);
    expect(result.tariff.fees).toEqual(version.fees);
    expect(result.tariff).not.toHaveProperty("number");
  });

  it("names the cells that are not amounts", () => {
    const edited = rows.map((row) => (row.id === "all" ? { ...row, cells: { "CONFORT/DENT": "9,999" } } : row));
    expect(gridToTariff(version, formulas, edited, "2026-11-23")).toEqual({ ok: false, errors: [{ rowId: "all", field: "CONFORT/DENT" }] });
  });

  it("edits percentages of the PMSS as percent texts", () => {
    const pmss: TariffVersion = { ...version, grids: [{ formulaId: "f1", grid: { type: "pmss_percentage", rows: [{ roles: ["main_insured"], pmssPercent: "1.1" }] }, options: [] }] };
    const table = tariffToGrid(pmss, formulas, ",");
    expect(table.rows[0]?.cells).toEqual({ ESSENTIEL: "1,1" });
    const result = gridToTariff(pmss, formulas, [{ ...table.rows[0]!, cells: { ESSENTIEL: "1,25" } }], "2026-02-01");
    expect(result.ok && result.tariff.grids[0]?.grid.rows[0]).toEqual({ roles: ["main_insured"], pmssPercent: "1.25" });
  });
});

describe("version in force", () => {
  const at = (number: number, effectiveFrom: string): TariffVersion => ({ ...version, number, effectiveFrom });
  it("is the latest start on or before the day, the last entered among equals", () => {
    const versions = [at(1, "2026-01-01"), at(2, "2026-07-01"), at(3, "2026-07-01"), at(4, "2027-01-01")];
    expect(versionInForce(versions, "2026-11-23")?.number).toBe(3);
    expect(versionInForce(versions, "2026-03-01")?.number).toBe(1);
    expect(versionInForce(versions, "2025-12-31")).toBeUndefined();
  });
  it("keys criteria readably", () => {
    expect(criteriaKey({ roles: ["child"], ageMin: 0, ageMax: 25, localRegimes: ["alsace_moselle"] })).toBe("roles=child;age=0-25;localRegimes=alsace_moselle");
  });
});
