import { describe, expect, it } from "vitest";
import type { CsvRecord } from "../../platform/imports/csv-reader.js";
import { assembleIntake } from "./intake-files.js";

/** A file as the CSV reader gives it: the header on line 1, then one record per line. */
const file = (...rows: string[][]): CsvRecord[] => rows.map((cells, index) => ({ line: index + 1, cells }));

const holders = file(["holder_ref", "type", "last_name", "first_name", "birth_date"], ["T1", "person", "Doublon", "Jean", "01/01/1970"]);
const beneficiaries = file(["contract_number", "role", "last_name", "first_name", "birth_date"], ["C-1", "main_insured", "Doublon", "Jean", "01/01/1970"], ["C-1", "child", "Doublon", "Petit", "01/01/2015"], ["C-2", "main_insured", "Doublon", "Jean", "01/01/1970"]);
const contractsHeader = ["contract_number", "holder_ref", "source_system", "status", "start_date", "domain", "product_label"];

describe("assembleIntake", () => {
  it("refuses every line of a contract number the contracts file holds twice, since its beneficiaries belong to neither in particular", () => {
    const intake = assembleIntake({
      holders,
      contracts: file(contractsHeader, ["C-1", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A"], ["C-1", "T1", "SYS-B", "active", "01/01/2026", "services", "Assistance B"], ["C-2", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A"]),
      beneficiaries,
    });
    expect(intake.contracts.map((contract) => [contract.line, contract.key, contract.record ? "kept" : "refused"])).toEqual([
      [2, "SYS-A/C-1", "refused"],
      [3, "SYS-B/C-1", "refused"],
      [4, "SYS-A/C-2", "kept"],
    ]);
    for (const line of [2, 3]) {
      expect(intake.contracts.find((contract) => contract.line === line)?.errors).toEqual([{ file: "contracts", line, column: "contract_number", code: "contract.intake_duplicate_contract", params: { value: "C-1" } }]);
    }
    expect(intake.contracts.find((contract) => contract.line === 4)?.record?.beneficiaries.map((person) => person.firstName)).toEqual(["Jean"]);
    // Its beneficiaries name a contract of the file: no fault of their own.
    expect(intake.errors).toEqual([]);
  });

  it("gives a contract number on one line all the beneficiaries that name it, in their order", () => {
    const intake = assembleIntake({ holders, contracts: file(contractsHeader, ["C-1", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A"]), beneficiaries });
    expect(intake.contracts[0]?.record?.beneficiaries.map((person) => `${person.role}:${person.firstName}`)).toEqual(["main_insured:Jean", "child:Petit"]);
    expect(intake.errors).toEqual([{ file: "beneficiaries", line: 4, column: "contract_number", code: "contract.intake_unknown_contract", params: { value: "C-2" } }]);
  });
});

describe("grants_membership", () => {
  const withGrant = (value: string) =>
    assembleIntake({ holders, contracts: file([...contractsHeader, "grants_membership"], ["C-2", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A", value]), beneficiaries: file(beneficiaries[0]?.cells ?? []) }).contracts[0];

  it("reads oui/non, true/false and 1/0 in any case", () => {
    expect(["OUI", "true", "1", "Non", "FALSE", "0"].map((value) => withGrant(value)?.record?.grantsMembership)).toEqual([true, true, true, false, false, false]);
  });

  it("refuses any other word on its column rather than reading it as non", () => {
    const contract = withGrant("peut-être");
    expect(contract?.record).toBeUndefined();
    expect(contract?.errors).toEqual([expect.objectContaining({ file: "contracts", line: 2, column: "grants_membership", code: "validation.invalid_type" })]);
  });
});

describe("a NUL character in a cell", () => {
  it("refuses the contract on the file, line and column of that cell", () => {
    const intake = assembleIntake({
      holders: file(["holder_ref", "type", "last_name", "first_name", "birth_date"], ["T1", "person", "Dou\u0000blon", "Jean", "01/01/1970"]),
      contracts: file(contractsHeader, ["C-2", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A"]),
      beneficiaries: file(beneficiaries[0]?.cells ?? []),
    });
    expect(intake.contracts[0]?.record).toBeUndefined();
    expect(intake.contracts[0]?.errors).toEqual([{ file: "holders", line: 2, column: "last_name", code: "validation.invalid_character" }]);
  });
});

describe("a holder's postal code", () => {
  const holderWith = (postal: string) =>
    assembleIntake({
      holders: file(["holder_ref", "type", "last_name", "first_name", "birth_date", "address_line1", "postal_code", "city"], ["T1", "person", "Doublon", "Jean", "01/01/1970", "1 rue du Lac", postal, "Bourg-en-Bresse"]),
      contracts: file(contractsHeader, ["C-2", "T1", "SYS-A", "active", "01/01/2026", "health", "Santé A"]),
      beneficiaries: file(beneficiaries[0]?.cells ?? []),
    }).contracts[0];

  it("gets back the leading zero a spreadsheet's number drops (01000 read as 1000)", () => {
    const contract = holderWith("1000");
    expect(contract?.errors).toEqual([]);
    expect(contract?.record?.holder).toMatchObject({ address: { postalCode: "01000" } });
    expect(holderWith("69003")?.record?.holder).toMatchObject({ address: { postalCode: "69003" } });
  });

  it("refuses any other length on its column", () => {
    expect(holderWith("100")?.errors).toEqual([expect.objectContaining({ file: "holders", line: 2, column: "postal_code" })]);
  });
});
