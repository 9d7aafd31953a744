import type { CsvRecord } from "../../platform/imports/csv-reader.js";
import { isBlankRecord, mapHeader, type HeaderSpec } from "../../platform/imports/import-lines.js";
import { readContractRecord, type ContractRecord } from "./contract-record.js";

/** The three files of an intake (docs/interfaces/contract-intake.md), by their multipart field names. */
export const intakeFiles = ["holders", "contracts", "beneficiaries"] as const;
export type IntakeFile = (typeof intakeFiles)[number];

const holderColumns = ["holder_ref", "type", "last_name", "first_name", "birth_date", "email", "mobile_phone", "address_line1", "address_line2", "postal_code", "city", "siren", "company_name"] as const;
const contractColumns = [
  "contract_number",
  "holder_ref",
  "source_system",
  "status",
  "start_date",
  "end_date",
  "termination_date",
  "termination_reason",
  "domain",
  "product_code",
  "formula_code",
  "product_label",
  "grants_membership",
  "premium_annual_cents",
  "introducer_code",
  "quote_number",
  "guarantees",
] as const;
const beneficiaryColumns = ["contract_number", "role", "last_name", "first_name", "birth_date", "start_date", "end_date"] as const;

/** A fault of an intake, on a line of one of its files (1 is the header). */
export interface IntakeError {
  file: IntakeFile;
  line: number;
  column: string;
  code: string;
  params?: Record<string, unknown>;
}

/** A contract of the intake put together from its three files, with the lines it came from. */
export interface IntakeContract {
  line: number;
  key: string;
  record?: ContractRecord;
  errors: IntakeError[];
  /** Where its holder and beneficiaries are, to place the faults found when it is applied. */
  holderLine: number;
  beneficiaryLines: number[];
}

export interface ParsedIntake {
  contracts: IntakeContract[];
  /** Faults that belong to no contract: a missing column, an unknown holder or contract reference. */
  errors: IntakeError[];
}

const keyOf = (header: string): string =>
  header
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

function spec<C extends string>(columns: readonly C[], required: readonly C[]): HeaderSpec<C> {
  return { columns, aliases: {}, required, missingCode: "contract.intake_missing_column", keyOf };
}

/** Rows of one file as objects by column, with their line; blank lines are skipped. */
function rowsOf<C extends string>(file: IntakeFile, records: CsvRecord[], header: HeaderSpec<C>, errors: IntakeError[]): Array<{ line: number; cells: Partial<Record<C, string>> }> {
  const [first, ...rest] = records;
  if (!first) {
    errors.push({ file, line: 1, column: "", code: "contract.intake_empty_file" });
    return [];
  }
  const mapped = mapHeader(first.cells, header);
  errors.push(...mapped.errors.map((error) => ({ ...error, file })));
  if (mapped.errors.length > 0) return [];
  return rest
    .filter((record) => !isBlankRecord(record.cells))
    .map((record) => {
      const cells: Partial<Record<C, string>> = {};
      for (const [column, index] of Object.entries(mapped.columns) as Array<[C, number]>) {
        const value = record.cells[index]?.trim();
        if (value) cells[column] = value;
      }
      return { line: record.line, cells };
    });
}

/** `31/12/2026` as people type it, or an ISO day as is. */
const day = (value: string | undefined): string | undefined => {
  const french = value?.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  return french ? `${french[3]}-${french[2]}-${french[1]}` : value;
};
/** `oui`/`non` as people type them; any other word is left as text, for the record's check to refuse it on its column rather than read it as `non`. */
const yes = (value: string | undefined): boolean | string | undefined => {
  if (value === undefined) return undefined;
  if (["oui", "true", "1", "yes", "o"].includes(value.toLowerCase())) return true;
  if (["non", "false", "0", "no", "n"].includes(value.toLowerCase())) return false;
  return value;
};
const integer = (value: string | undefined): number | string | undefined => (value !== undefined && /^\d+$/.test(value) ? Number(value) : value);

/**
 * A French postal code has five digits; a spreadsheet holding the column as numbers keeps 04000 as
 * 4000 (Ain to Aude, the departments 01 to 09). Four digits get their leading zero back.
 */
const postalCode = (value: string | undefined): string | undefined => (value !== undefined && /^\d{4}$/.test(value) ? `0${value}` : value);

type HolderRow = { line: number; cells: Partial<Record<(typeof holderColumns)[number], string>> };

function holderOf(row: HolderRow): Record<string, unknown> {
  const { cells } = row;
  const lines = [cells.address_line1, cells.address_line2].filter((value): value is string => value !== undefined);
  const address = cells.postal_code || cells.city || lines.length > 0 ? { lines, postalCode: postalCode(cells.postal_code), city: cells.city } : undefined;
  if (cells.type === "company") return { type: "company", siren: cells.siren, name: cells.company_name, ...(address ? { address } : {}) };
  return {
    type: cells.type,
    lastName: cells.last_name,
    firstName: cells.first_name,
    birthDate: day(cells.birth_date),
    ...(cells.email ? { email: cells.email } : {}),
    ...(cells.mobile_phone ? { mobilePhone: cells.mobile_phone } : {}),
    ...(address ? { address } : {}),
  };
}

const holderColumnOf: Record<string, string> = { type: "type", lastName: "last_name", firstName: "first_name", birthDate: "birth_date", email: "email", mobilePhone: "mobile_phone", siren: "siren", name: "company_name", "address.lines": "address_line1", "address.postalCode": "postal_code", "address.city": "city" };
const beneficiaryColumnOf: Record<string, string> = { role: "role", lastName: "last_name", firstName: "first_name", birthDate: "birth_date", startDate: "start_date", endDate: "end_date" };
const contractColumnOf: Record<string, string> = {
  sourceSystem: "source_system",
  number: "contract_number",
  status: "status",
  startDate: "start_date",
  endDate: "end_date",
  terminationDate: "termination_date",
  terminationReason: "termination_reason",
  domain: "domain",
  productCode: "product_code",
  formulaCode: "formula_code",
  productLabel: "product_label",
  grantsMembership: "grants_membership",
  premiumAnnualCents: "premium_annual_cents",
  introducerCode: "introducer_code",
  quoteNumber: "quote_number",
  guarantees: "guarantees",
  beneficiaries: "contract_number",
};

/** Where a fault of an assembled record lies: the holders line, a beneficiaries line, or the contract's own line. */
export function placeError(path: string, contractLine: number, holderLine: number, beneficiaryLines: number[]): Omit<IntakeError, "code" | "params"> {
  const [head, second, ...rest] = path.split(".");
  if (head === "holder") return { file: "holders", line: holderLine, column: holderColumnOf[[second, ...rest].join(".").replace(/\.\d+$/, "")] ?? second ?? "" };
  if (head === "beneficiaries" && second !== undefined && /^\d+$/.test(second)) {
    return { file: "beneficiaries", line: beneficiaryLines[Number(second)] ?? contractLine, column: beneficiaryColumnOf[rest.join(".")] ?? rest.join(".") };
  }
  return { file: "contracts", line: contractLine, column: contractColumnOf[head ?? ""] ?? head ?? "" };
}

/**
 * Puts the contracts of an intake together from its three files, linked by the sender's holder
 * reference and contract number, and checks each against the back office's record format: every
 * fault is placed on the line and column of the file it comes from.
 */
export function assembleIntake(files: Record<IntakeFile, CsvRecord[]>): ParsedIntake {
  const errors: IntakeError[] = [];
  const holders = rowsOf("holders", files.holders, spec(holderColumns, ["holder_ref", "type"]), errors);
  const contractRows = rowsOf("contracts", files.contracts, spec(contractColumns, ["contract_number", "holder_ref", "source_system", "status", "start_date", "domain"]), errors);
  const beneficiaryRows = rowsOf("beneficiaries", files.beneficiaries, spec(beneficiaryColumns, ["contract_number", "role", "last_name", "first_name", "birth_date"]), errors);

  const holderByRef = new Map<string, HolderRow>();
  for (const row of holders) {
    const ref = row.cells.holder_ref ?? "";
    if (holderByRef.has(ref)) errors.push({ file: "holders", line: row.line, column: "holder_ref", code: "contract.intake_duplicate_reference", params: { value: ref } });
    else holderByRef.set(ref, row);
  }
  const linesOfNumber = new Map<string, number>();
  for (const row of contractRows) linesOfNumber.set(row.cells.contract_number ?? "", (linesOfNumber.get(row.cells.contract_number ?? "") ?? 0) + 1);
  const numbers = new Set(linesOfNumber.keys());
  const beneficiariesOf = new Map<string, typeof beneficiaryRows>();
  for (const row of beneficiaryRows) {
    const number = row.cells.contract_number ?? "";
    if (!numbers.has(number)) errors.push({ file: "beneficiaries", line: row.line, column: "contract_number", code: "contract.intake_unknown_contract", params: { value: number } });
    else beneficiariesOf.set(number, [...(beneficiariesOf.get(number) ?? []), row]);
  }

  const contracts = contractRows.map(({ line, cells }): IntakeContract => {
    const key = `${cells.source_system ?? ""}/${cells.contract_number ?? ""}`;
    const holder = holderByRef.get(cells.holder_ref ?? "");
    const covered = beneficiariesOf.get(cells.contract_number ?? "") ?? [];
    const beneficiaryLines = covered.map((row) => row.line);
    // The beneficiaries file names a contract by its number alone: a number on several lines leaves its beneficiaries to no one in particular.
    if ((linesOfNumber.get(cells.contract_number ?? "") ?? 0) > 1) {
      return { line, key, errors: [{ file: "contracts", line, column: "contract_number", code: "contract.intake_duplicate_contract", params: { value: cells.contract_number } }], holderLine: holder?.line ?? line, beneficiaryLines };
    }
    if (!holder) return { line, key, errors: [{ file: "contracts", line, column: "holder_ref", code: "contract.intake_unknown_holder", params: { value: cells.holder_ref } }], holderLine: line, beneficiaryLines };
    const candidate = {
      sourceSystem: cells.source_system,
      number: cells.contract_number,
      status: cells.status,
      startDate: day(cells.start_date),
      ...(cells.end_date ? { endDate: day(cells.end_date) } : {}),
      ...(cells.termination_date ? { terminationDate: day(cells.termination_date) } : {}),
      ...(cells.termination_reason ? { terminationReason: cells.termination_reason } : {}),
      domain: cells.domain,
      ...(cells.product_code ? { productCode: cells.product_code } : {}),
      ...(cells.formula_code ? { formulaCode: cells.formula_code } : {}),
      ...(cells.product_label ? { productLabel: cells.product_label } : {}),
      ...(cells.grants_membership ? { grantsMembership: yes(cells.grants_membership) } : {}),
      ...(cells.premium_annual_cents ? { premiumAnnualCents: integer(cells.premium_annual_cents) } : {}),
      ...(cells.introducer_code ? { introducerCode: cells.introducer_code } : {}),
      ...(cells.quote_number ? { quoteNumber: cells.quote_number } : {}),
      holder: holderOf(holder),
      beneficiaries: covered.map(({ cells: person }) => ({
        role: person.role,
        lastName: person.last_name,
        firstName: person.first_name,
        birthDate: day(person.birth_date),
        ...(person.start_date ? { startDate: day(person.start_date) } : {}),
        ...(person.end_date ? { endDate: day(person.end_date) } : {}),
      })),
      guarantees: (cells.guarantees ?? "")
        .split("|")
        .map((code) => code.trim())
        .filter(Boolean)
        .map((code) => ({ code })),
    };
    const { record, errors: faults } = readContractRecord(candidate);
    if (record) return { line, key, record, errors: [], holderLine: holder.line, beneficiaryLines };
    const placed = faults.map((error) => ({
      ...placeError(error.path, line, holder.line, beneficiaryLines),
      code: error.code,
      ...(error.params ? { params: error.params } : {}),
    }));
    return { line, key, errors: placed, holderLine: holder.line, beneficiaryLines };
  });
  return { contracts, errors };
}
