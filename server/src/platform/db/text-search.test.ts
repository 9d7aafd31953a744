import { describe, expect, it } from "vitest";
import { prefixUpperBound } from "./text-search.js";

describe("prefixUpperBound", () => {
  it("bounds every string that starts with the prefix, and nothing else", () => {
    const bound = prefixUpperBound("+3361");
    expect(bound).toBe("+3362");
    for (const inside of ["+3361", "+33612345678", "+3361\u{10ffff}"]) expect(inside < bound).toBe(true);
    for (const outside of ["+3362", "+337"]) expect(outside >= bound).toBe(true);
  });

  it("handles accents and the end of a byte range", () => {
    expect(prefixUpperBound("lefè")).toBe("lefé");
    expect(prefixUpperBound("a\u007f")).toBe("a\u0080");
    expect(Buffer.compare(Buffer.from("a\u007fz"), Buffer.from(prefixUpperBound("a\u007f")))).toBe(-1);
  });
});
