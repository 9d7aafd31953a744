import { describe, expect, it } from "vitest";
import { groupByModule } from "./guaranteeGroups";
import type { GuaranteeRecord } from "./types";

const guarantee = (code: string, coverageModule: string, sortOrder: number): GuaranteeRecord => ({ id: code, rangeId: "r", coverageModule, code, label: code, sortOrder, version: 1, updatedAt: "" });

describe("guarantees grouped by coverage module", () => {
  it("follows the tenant's module order, unknown modules last, guarantees by sort order", () => {
    const groups = groupByModule(
      [guarantee("glasses", "optical", 4), guarantee("spa", "wellness", 0), guarantee("private_room", "hospital", 1), guarantee("hospital_stay", "hospital", 0), guarantee("lenses", "optical", 5)],
      ["hospital", "routine_care", "optical"],
    );
    expect(groups.map((group) => group.coverageModule)).toEqual(["hospital", "optical", "wellness"]);
    expect(groups[0]?.guarantees.map((item) => item.code)).toEqual(["hospital_stay", "private_room"]);
    expect(groups[1]?.guarantees.map((item) => item.code)).toEqual(["glasses", "lenses"]);
  });
});
