import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pricingAge } from "./age.js";
import { departmentOf } from "./department.js";
import { applyRate, formatPercent, parsePercent, type Rate } from "./rounding.js";

describe("the one rounding helper", () => {
  it("rounds half-up to the cent, half away from zero for negatives", () => {
    const rate = parsePercent("50") as Rate;
    expect(applyRate(1, rate)).toBe(1);
    expect(applyRate(3, rate)).toBe(2);
    expect(applyRate(-3, rate)).toBe(-2);
    expect(applyRate(2202, parsePercent("0.125") as Rate)).toBe(3);
    expect(applyRate(400_500, parsePercent("0.55") as Rate)).toBe(2203);
  });

  it("stays within half a cent of the exact product", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (cents, ppm) => {
        const rounded = applyRate(cents, ppm as Rate);
        const exact = (cents * ppm) / 1_000_000;
        expect(Math.abs(rounded - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it("reads and writes percent texts exactly", () => {
    expect(parsePercent("13.27")).toBe(132_700);
    expect(parsePercent("1.2345")).toBe(12_345);
    expect(parsePercent("1.23456")).toBeUndefined();
    expect(parsePercent("-1")).toBeUndefined();
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), (ppm) => {
        expect(parsePercent(formatPercent(ppm as Rate))).toBe(ppm);
      }),
    );
  });
});

describe("ages and departments", () => {
  it("counts exact age from the anniversary and birth-year age from the year", () => {
    expect(pricingAge("1984-05-10", "2026-05-09", "exact")).toBe(41);
    expect(pricingAge("1984-05-10", "2026-05-10", "exact")).toBe(42);
    expect(pricingAge("1984-12-31", "2026-01-01", "birth_year")).toBe(42);
    expect(pricingAge("2008-02-29", "2026-02-28", "exact")).toBe(17);
    expect(pricingAge("2008-02-29", "2026-03-01", "exact")).toBe(18);
  });

  it("finds the department, Corsica and overseas included", () => {
    expect(departmentOf("69003")).toBe("69");
    expect(departmentOf("20000")).toBe("2A");
    expect(departmentOf("20200")).toBe("2B");
    expect(departmentOf("97400")).toBe("974");
    expect(departmentOf("6900")).toBeUndefined();
  });
});
