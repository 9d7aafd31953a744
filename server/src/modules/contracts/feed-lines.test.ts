import { describe, expect, it } from "vitest";
import { contentHash } from "./contract-record.js";
import { parseFeed } from "./feed-lines.js";

const line = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({ sourceSystem: "PSA", number: "1", status: "active", startDate: "2026-01-01", domain: "health", productLabel: "P", holder: { type: "person", lastName: "A", firstName: "B", birthDate: "1980-01-01" }, ...fields });

describe("parseFeed", () => {
  it("keeps valid lines in file order, skips blank ones, and reports each faulty member of the others on its line", () => {
    const parsed = parseFeed([line(), "", line({ number: "2", status: "gone", startDate: "demain" }), "{", line({ number: "1", status: "suspended" })].join("\n"));
    expect(parsed.read).toBe(4);
    expect(parsed.valid.map((item) => [item.line, item.record.number, item.record.status])).toEqual([[5, "1", "suspended"]]);
    expect(parsed.superseded).toEqual([{ line: 1, key: "PSA/1" }]);
    expect(parsed.errors.map((error) => `${error.line}:${error.column}:${error.code}`)).toEqual(["3:status:validation.invalid_value", "3:startDate:validation.invalid_format", "4::contract.feed_line_not_json"]);
    expect(parsed.rejected).toEqual([
      { line: 3, key: "PSA/2" },
      { line: 4, key: "" },
    ]);
  });
});

describe("a NUL character", () => {
  it("refuses the line on the member that holds it, as the real-time endpoint refuses its body", () => {
    const parsed = parseFeed([line({ number: "2", holder: { type: "person", lastName: "A\u0000", firstName: "B", birthDate: "1980-01-01" } }), line()].join("\n"));
    expect(parsed.valid.map((item) => item.line)).toEqual([2]);
    expect(parsed.errors).toEqual([{ line: 1, column: "holder.lastName", code: "validation.invalid_character" }]);
    expect(parsed.rejected).toEqual([{ line: 1, key: "PSA/2" }]);
  });
});

describe("a contract a file names several times", () => {
  it("keeps only its last valid line, in that line's place, and reports the older ones as superseded", () => {
    const parsed = parseFeed(
      [line({ status: "active" }), line({ number: "2" }), line({ status: "suspended" }), line({ sourceSystem: "AUTRE" }), line({ status: "terminated", terminationDate: "2026-06-30" }), line({ number: "2", status: "gone" })].join("\n"),
    );
    expect(parsed.valid.map((item) => `${item.line}:${item.record.sourceSystem}/${item.record.number}:${item.record.status}`)).toEqual(["2:PSA/2:active", "4:AUTRE/1:active", "5:PSA/1:terminated"]);
    expect(parsed.superseded).toEqual([
      { line: 1, key: "PSA/1" },
      { line: 3, key: "PSA/1" },
    ]);
    // A later line that is not a valid record supersedes nothing: the valid version is kept.
    expect(parsed.rejected).toEqual([{ line: 6, key: "PSA/2" }]);
  });
});

describe("contentHash", () => {
  it("is the same whatever the order of the members, and changes with any value", () => {
    const a = parseFeed(line()).valid[0]?.record;
    const reordered = parseFeed(JSON.stringify({ holder: { birthDate: "1980-01-01", firstName: "B", lastName: "A", type: "person" }, productLabel: "P", domain: "health", startDate: "2026-01-01", status: "active", number: "1", sourceSystem: "PSA" })).valid[0]?.record;
    const other = parseFeed(line({ premiumAnnualCents: 1 })).valid[0]?.record;
    if (!a || !reordered || !other) throw new Error("lines should parse");
    expect(contentHash(reordered)).toBe(contentHash(a));
    expect(contentHash(other)).not.toBe(contentHash(a));
  });
});

describe("a beneficiary's dates and an address's country", () => {
  it("refuse the line on the member: a cover that ends before it starts, a country that is no ISO 3166 code", () => {
    const beneficiary = { role: "main_insured", lastName: "A", firstName: "B", birthDate: "1980-01-01" };
    const address = { lines: ["1 rue A"], postalCode: "69003", city: "Lyon" };
    const parsed = parseFeed(
      [
        line({ number: "1", beneficiaries: [{ ...beneficiary, startDate: "2026-05-01", endDate: "2026-02-01" }] }),
        line({ number: "2", holder: { type: "person", lastName: "A", firstName: "B", birthDate: "1980-01-01", address: { ...address, country: "ZZ" } } }),
        line({ number: "3", beneficiaries: [{ ...beneficiary, startDate: "2026-05-01", endDate: "2026-05-01" }], holder: { type: "person", lastName: "A", firstName: "B", birthDate: "1980-01-01", address: { ...address, country: "be" } } }),
      ].join("\n"),
    );
    expect(parsed.errors.map((error) => `${error.line}:${error.column}:${error.code}`)).toEqual(["1:beneficiaries.0.endDate:contract.beneficiary_end_before_start", "2:holder.address.country:contract.invalid_country"]);
    expect(parsed.valid.map((item) => item.line)).toEqual([3]);
  });
});
