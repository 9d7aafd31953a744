import { describe, expect, it } from "vitest";
import { diffRecords } from "./changes.js";

describe("diffRecords", () => {
  it("keeps only the fields that changed, with before and after", () => {
    const changes = diffRecords(
      { name: "Alpha", active: true, version: 1, tags: ["a"] },
      { name: "Alpha", active: false, version: 2, tags: ["a", "b"] },
    );
    expect(changes).toEqual({ active: { before: true, after: false }, tags: { before: ["a"], after: ["a", "b"] } });
  });

  it("records every field of a creation and masks secrets", () => {
    expect(diffRecords(null, { email: "a@b.fr", passwordHash: "$argon2id$..." })).toEqual({
      email: { before: null, after: "a@b.fr" },
      passwordHash: { before: null, after: "***" },
    });
  });

  it("compares dates by instant", () => {
    expect(diffRecords({ at: new Date("2026-01-01T00:00:00Z") }, { at: new Date("2026-01-01T00:00:00.000Z") })).toEqual({});
  });
});
