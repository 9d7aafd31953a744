import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contentHash, contractRecordSchema } from "./contract-record.js";

const documentation = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../docs/interfaces/back-office-feed.md"), "utf8");
/** The record the interface's documentation shows, as a sender would copy it. */
const documented = (): Record<string, unknown> => {
  const block = /## The record\s+```json\n([\s\S]*?)```/.exec(documentation)?.[1];
  if (!block) throw new Error("back-office-feed.md has no example record");
  return JSON.parse(block) as Record<string, unknown>;
};

describe("the back-office record", () => {
  it("accepts the documented example as it stands", () => {
    const parsed = contractRecordSchema.safeParse(documented());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("refuses null for an optional member, on that member", () => {
    const parsed = contractRecordSchema.safeParse({ ...documented(), endDate: null });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["endDate"]);
  });

  it("hashes one record the same whatever the order of its members", () => {
    const record = contractRecordSchema.parse(documented());
    const reordered = contractRecordSchema.parse(Object.fromEntries(Object.entries(documented()).reverse()));
    expect(contentHash(reordered)).toBe(contentHash(record));
    expect(contentHash({ ...record, premiumAnnualCents: 148801 })).not.toBe(contentHash(record));
  });
});
