import { describe, expect, it } from "vitest";
import { isUndoable } from "./mergeState";

describe("isUndoable", () => {
  const now = Date.parse("2026-11-23T12:00:00Z");
  it("is true before the deadline when not undone", () => {
    expect(isUndoable({ undoneAt: null, undoableUntil: "2026-12-23T12:00:00Z" }, now)).toBe(true);
  });
  it("is false once undone or past the deadline", () => {
    expect(isUndoable({ undoneAt: "2026-11-22T12:00:00Z", undoableUntil: "2026-12-23T12:00:00Z" }, now)).toBe(false);
    expect(isUndoable({ undoneAt: null, undoableUntil: "2026-11-23T11:59:59Z" }, now)).toBe(false);
  });
});
