import { describe, expect, it } from "vitest";
import { dayInFrance, frenchDateText } from "./dates.js";

describe("dayInFrance", () => {
  it("is the day in Paris, ahead of UTC by one hour in winter and two in summer", () => {
    expect(dayInFrance(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(dayInFrance(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(dayInFrance(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15");
    expect(dayInFrance(new Date("2026-07-14T21:30:00Z"))).toBe("2026-07-14");
  });
});

describe("frenchDateText", () => {
  it("writes an ISO day as JJ/MM/AAAA, and nothing for none", () => {
    expect(frenchDateText("2025-01-31")).toBe("31/01/2025");
    expect(frenchDateText("2025-01-31T10:00:00.000Z")).toBe("31/01/2025");
    expect(frenchDateText(null)).toBe("");
  });
});
