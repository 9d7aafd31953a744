import { describe, expect, it } from "vitest";
import { centsToEuros, eurosToCents } from "./types";

describe("cost in the origin form", () => {
  it("shows cents as euros and stores euros as cents", () => {
    expect(centsToEuros(150050)).toBe("1500.5");
    expect(centsToEuros(null)).toBe("");
    expect(eurosToCents(1500.5)).toBe(150050);
    expect(eurosToCents("19,99")).toBe(1999);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents("")).toBeNull();
    expect(eurosToCents(null)).toBeNull();
  });
});
