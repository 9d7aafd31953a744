import { describe, expect, it } from "vitest";
import { prefixUpperBound, wordPattern } from "./text-search.js";

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

describe("wordPattern", () => {
  it("makes a word of two letters start a word of the name, and any other be contained in it", () => {
    const startsAWord = new RegExp(wordPattern("le"));
    for (const name of ["le gall yann", "leblanc anne", "martin lea"]) expect(startsAWord.test(name), name).toBe(true);
    for (const name of ["noel marc", "alexandre paul"]) expect(startsAWord.test(name), name).toBe(false);
    expect(wordPattern("bern")).toBe("%bern%");
    expect(wordPattern("d")).toBe("%d%");
  });

  it("escapes what the pattern's language would read as its own", () => {
    expect(wordPattern("a.")).toBe("(^| )a\\.");
    expect(wordPattern("50%")).toBe("%50\\%%");
  });
});
