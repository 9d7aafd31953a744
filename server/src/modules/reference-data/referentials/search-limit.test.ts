import { describe, expect, it } from "vitest";
import { defaultSearchLimit, resolveLimit } from "./search-limit.js";

describe("resolveLimit", () => {
  it("falls back when no usable limit is given", () => {
    expect(resolveLimit(undefined)).toBe(defaultSearchLimit);
    expect(resolveLimit(Number.NaN, 7)).toBe(7);
  });

  it("keeps the integer part and never goes below 0", () => {
    expect(resolveLimit(5.9)).toBe(5);
    expect(resolveLimit(-3)).toBe(0);
  });
});
