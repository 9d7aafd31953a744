import { describe, expect, it } from "vitest";
import { isOriasNumber, normaliseOrias } from "./orias";

describe("ORIAS number of a broker", () => {
  it("is 8 digits, spaces ignored", () => {
    expect(isOriasNumber("07001234")).toBe(true);
    expect(isOriasNumber("07 001 234")).toBe(true);
    expect(normaliseOrias("07 001 234")).toBe("07001234");
    expect(isOriasNumber("0700123")).toBe(false);
    expect(isOriasNumber("070012345")).toBe(false);
    expect(isOriasNumber("0700123A")).toBe(false);
  });
});
