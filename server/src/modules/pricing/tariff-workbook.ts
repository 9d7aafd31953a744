/**
 * A product's tariff version as an XLSX workbook and back (layout: docs/interfaces/tariffs.md).
 * Amounts are in euros in the file and cents in the tariff; percentages are texts, so that an
 * untouched export imports back to the same tariff.
 */
import ExcelJS from "exceljs";
import type { FieldError } from "../../platform/http/problem.js";
import { fieldErrorsFromZodIssues } from "../../platform/http/validation-errors.js";
import { ageMethods, beneficiaryRoles, contributionTypes, discountKinds, familyStructures, feeKinds, localRegimes, type ContributionGrid, type TariffRow } from "./engine/index.js";
import { tariffInputSchema, type TariffInput, type TariffView } from "./tariff-schemas.js";
import { SheetReader } from "./workbook-cells.js";

export interface FormulaCode {
  id: string;
  code: string;
}

const columns = {
  Tarif: ["effectiveFrom", "ageMethod", "responsibleContract", "defaultZone"],
  Zones: ["department", "zone"],
  Grilles: ["formula", "module", "moduleLabel", "type", "roles", "ageMin", "ageMax", "zones", "socialRegimes", "localRegimes", "structures", "amountEuros", "pmssPercent"],
  Frais: ["kind", "label", "amountEuros", "per"],
  Remises: ["kind", "label", "percent", "amountEuros", "roles", "fromRank", "channels", "validFrom", "validTo"],
  Commissions: ["introducerId", "introducerKind", "label", "percent", "amountEuros"],
} as const;
type SheetName = keyof typeof columns;

const euros = (cents: number | undefined) => (cents === undefined ? null : cents / 100);
const joined = (items: readonly string[] | undefined) => (items ? items.join(", ") : null);

function gridRows(formula: string, module: string | null, moduleLabel: string | null, grid: ContributionGrid): unknown[][] {
  return grid.rows.map((row) => [
    formula,
    module,
    moduleLabel,
    grid.type,
    joined(row.roles),
    row.ageMin ?? null,
    row.ageMax ?? null,
    joined(row.zones),
    joined(row.socialRegimes),
    joined(row.localRegimes),
    joined(row.structures),
    euros(row.amountCents),
    row.pmssPercent ?? null,
  ]);
}

export async function writeTariffWorkbook(tariff: TariffView, formulas: readonly FormulaCode[]): Promise<Buffer> {
  const codeOf = new Map(formulas.map((formula) => [formula.id, formula.code]));
  const content: Record<SheetName, unknown[][]> = {
    Tarif: [[tariff.effectiveFrom, tariff.ageMethod, tariff.responsibleContract ? "oui" : "non", tariff.defaultZone]],
    Zones: Object.entries(tariff.zones).map(([department, zone]) => [department, zone]),
    Grilles: tariff.grids.flatMap((grid) => {
      const formula = codeOf.get(grid.formulaId) ?? grid.formulaId;
      return [...gridRows(formula, null, null, grid.grid), ...grid.options.flatMap((option) => gridRows(formula, option.code, option.label, option.grid))];
    }),
    Frais: tariff.fees.map((fee) => [fee.kind, fee.label, euros(fee.amountCents), fee.per ?? null]),
    Remises: tariff.discounts.map((rule) => [rule.kind, rule.label, rule.percent ?? null, euros(rule.amountCents), joined(rule.roles), rule.fromRank ?? null, joined(rule.channels), rule.validFrom ?? null, rule.validTo ?? null]),
    Commissions: tariff.commissions.map((rule) => [rule.introducerId ?? null, rule.introducerKind ?? null, rule.label, rule.percent ?? null, euros(rule.amountCents)]),
  };
  const workbook = new ExcelJS.Workbook();
  for (const name of Object.keys(columns) as SheetName[]) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...columns[name]]).font = { bold: true };
    for (const row of content[name]) sheet.addRow(row);
    sheet.columns.forEach((column) => {
      column.width = 16;
    });
    // Dates and codes stay text: a spreadsheet would otherwise turn "2026-01-01" or "06" into something else.
    sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = typeof cell.value === "number" ? "0.00" : "@")));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Where each part of the assembled tariff came from: a path of the tariff input ("discounts.1") →
 * its sheet and row, so that a rule refused on a path of the tariff is reported on its cell.
 */
class Origins {
  private readonly byPath = new Map<string, { reader: SheetReader; row: number; column?: string }>();

  constructor(private readonly settings: { reader: SheetReader; row: number }) {}

  /** `column` when the path names no column itself (a zone's department). */
  set(path: string, reader: SheetReader, row: number, column?: string): void {
    this.byPath.set(path, { reader, row, ...(column === undefined ? {} : { column }) });
  }

  /** The cell of a path: its deepest known part gives the row, the key after it the column. */
  cellOf(path: string): string {
    const keys = path.split(".");
    for (let length = keys.length; length > 0; length -= 1) {
      const origin = this.byPath.get(keys.slice(0, length).join("."));
      if (origin) return origin.reader.cellRef(origin.row, origin.column ?? columnOf(keys[length] ?? keys.at(-1) ?? ""));
    }
    return this.settings.reader.cellRef(this.settings.row, columnOf(keys[0] ?? ""));
  }
}

/** The column of a tariff field: amounts are in euros in the file, in cents in the tariff. */
const columnOf = (key: string) => (key === "amountCents" ? "amountEuros" : key);

/** A workbook read: the tariff, and the cell each of its paths came from; or the faults, each on its cell. */
export type WorkbookReading = { input: TariffInput; cellOf: (path: string) => string } | { errors: FieldError[] };

export async function readTariffWorkbook(data: Buffer, formulas: readonly FormulaCode[]): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { errors: [{ path: "file", code: "tariff_import.unreadable" }] };
  }
  const errors: FieldError[] = [];
  const readers = {} as Record<SheetName, SheetReader>;
  for (const name of Object.keys(columns) as SheetName[]) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) errors.push({ path: name, code: "tariff_import.missing_sheet" });
    else {
      readers[name] = new SheetReader(sheet, errors);
      readers[name].requireColumns(columns[name]);
    }
  }
  if (errors.length > 0) return { errors };
  const settings = readers.Tarif;
  const settingsRow = settings.rows()[0] ?? 2;
  const origins = new Origins({ reader: settings, row: settingsRow });
  const zones: Record<string, string> = {};
  for (const row of readers.Zones.rows()) {
    const department = readers.Zones.text(row, "department", true);
    const zone = readers.Zones.text(row, "zone", true);
    if (department && zone) zones[department] = zone;
    if (department) origins.set(`zones.${department}`, readers.Zones, row, "department");
  }

  const byFormula = new Map<string, { formulaId: string; rows: { row: number; module: string | undefined; label: string | undefined; type: string | undefined; value: TariffRow }[] }>();
  const grids = readers.Grilles;
  for (const row of grids.rows()) {
    const code = grids.text(row, "formula", true);
    const formula = formulas.find((candidate) => candidate.code === code);
    if (code && !formula) errors.push({ path: grids.cellRef(row, "formula"), code: "tariff_import.unknown_formula", params: { value: code } });
    const value: TariffRow = {
      roles: grids.list(row, "roles", beneficiaryRoles),
      ageMin: grids.integer(row, "ageMin"),
      ageMax: grids.integer(row, "ageMax"),
      zones: grids.list(row, "zones"),
      socialRegimes: grids.list(row, "socialRegimes"),
      localRegimes: grids.list(row, "localRegimes", localRegimes),
      structures: grids.list(row, "structures", familyStructures),
      amountCents: grids.euros(row, "amountEuros"),
      pmssPercent: grids.percent(row, "pmssPercent"),
    };
    const entry = { row, module: grids.text(row, "module"), label: grids.text(row, "moduleLabel"), type: grids.oneOf(row, "type", contributionTypes, true), value: withoutUndefined(value) };
    if (!formula) continue;
    const list = byFormula.get(formula.id) ?? { formulaId: formula.id, rows: [] };
    list.rows.push(entry);
    byFormula.set(formula.id, list);
  }
  // A tariff without any grid row is told on the first row to fill.
  origins.set("grids", grids, 2, "formula");
  const gridInputs = [...byFormula.values()].map((formula, gridIndex) => {
    if (formula.rows[0]) origins.set(`grids.${gridIndex}`, grids, formula.rows[0].row, "formula");
    const modules = [...new Set(formula.rows.map((entry) => entry.module))];
    const gridOf = (module: string | undefined, path: string) => {
      const entries = formula.rows.filter((entry) => entry.module === module);
      entries.forEach((entry, index) => origins.set(`${path}.rows.${index}`, grids, entry.row));
      if (entries[0]) origins.set(path, grids, entries[0].row);
      const type = gridType(entries);
      for (const entry of entries) {
        if (type && entry.type !== undefined && entry.type !== type.type) {
          errors.push({ path: grids.cellRef(entry.row, "type"), code: "tariff_import.inconsistent", params: { value: entry.type, expected: type.type, other: grids.cellRef(type.row, "type") } });
        }
      }
      return { type: type?.type, rows: entries.map((entry) => entry.value) };
    };
    return {
      formulaId: formula.formulaId,
      grid: gridOf(undefined, `grids.${gridIndex}.grid`),
      options: modules
        .filter((module): module is string => module !== undefined)
        .map((module, optionIndex) => {
          const path = `grids.${gridIndex}.options.${optionIndex}`;
          const first = formula.rows.find((entry) => entry.module === module);
          if (first) {
            origins.set(`${path}.code`, grids, first.row, "module");
            origins.set(`${path}.label`, grids, first.row, "moduleLabel");
          }
          return { code: module, label: formula.rows.find((entry) => entry.module === module && entry.label)?.label, grid: gridOf(module, `${path}.grid`) };
        }),
    };
  });

  const fees = readers.Frais.rows().map((row, index) => {
    origins.set(`fees.${index}`, readers.Frais, row);
    const sheet = readers.Frais;
    return withoutUndefined({ kind: sheet.oneOf(row, "kind", feeKinds, true), label: sheet.text(row, "label", true), amountCents: sheet.euros(row, "amountEuros"), per: sheet.oneOf(row, "per", ["contract", "beneficiary"] as const) });
  });
  const discounts = readers.Remises.rows().map((row, index) => {
    origins.set(`discounts.${index}`, readers.Remises, row);
    const sheet = readers.Remises;
    return withoutUndefined({
      kind: sheet.oneOf(row, "kind", discountKinds, true),
      label: sheet.text(row, "label", true),
      percent: sheet.percent(row, "percent"),
      amountCents: sheet.euros(row, "amountEuros"),
      roles: sheet.list(row, "roles", beneficiaryRoles),
      fromRank: sheet.integer(row, "fromRank"),
      channels: sheet.list(row, "channels"),
      validFrom: sheet.date(row, "validFrom"),
      validTo: sheet.date(row, "validTo"),
    });
  });
  const commissions = readers.Commissions.rows().map((row, index) => {
    origins.set(`commissions.${index}`, readers.Commissions, row);
    const sheet = readers.Commissions;
    return withoutUndefined({ introducerId: sheet.text(row, "introducerId"), introducerKind: sheet.text(row, "introducerKind"), label: sheet.text(row, "label", true), percent: sheet.percent(row, "percent"), amountCents: sheet.euros(row, "amountEuros") });
  });
  const candidate = {
    effectiveFrom: settings.date(settingsRow, "effectiveFrom", true),
    ageMethod: settings.oneOf(settingsRow, "ageMethod", ageMethods, true),
    responsibleContract: settings.yesNo(settingsRow, "responsibleContract"),
    defaultZone: settings.text(settingsRow, "defaultZone") ?? null,
    zones,
    fees,
    discounts,
    commissions,
    grids: gridInputs,
  };
  if (errors.length > 0) return { errors };
  const parsed = tariffInputSchema.safeParse(candidate);
  if (parsed.success) return { input: parsed.data, cellOf: (path) => origins.cellOf(path) };
  return { errors: fieldErrorsFromZodIssues(parsed.error.issues).map((error) => onCell(error, origins)) };
}

/**
 * A rule the tariff breaks, reported on the cell it came from with the rule's own code (the one the
 * API answers); a value the schema requires is an empty cell to fill, as the reader reports it.
 */
function onCell(error: FieldError, origins: Origins): FieldError {
  return { ...error, path: origins.cellOf(error.path), code: error.code === "validation.required" ? "tariff_import.required" : error.code };
}

/**
 * One grid has one type. The one most of its rows carry (the first among equals) is taken as meant,
 * so that the rows which differ, often a single edited cell, are the ones reported.
 */
function gridType<T extends string>(entries: readonly { row: number; type: T | undefined }[]): { type: T; row: number } | undefined {
  const counts = new Map<T, { type: T; row: number; count: number }>();
  for (const { row, type } of entries) {
    if (type === undefined) continue;
    const seen = counts.get(type) ?? { type, row, count: 0 };
    counts.set(type, { ...seen, count: seen.count + 1 });
  }
  return [...counts.values()].reduce<{ type: T; row: number; count: number } | undefined>((best, candidate) => (!best || candidate.count > best.count ? candidate : best), undefined);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}
