import { describe, expect, it } from "vitest";
import { lazy } from "./lazy.js";

describe("lazy", () => {
  it("loads on first call only and returns the same value afterwards", () => {
    let loads = 0;
    const get = lazy(() => {
      loads += 1;
      return { loads };
    });
    expect(loads).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(loads).toBe(1);
  });

  it("memoises undefined too", () => {
    let loads = 0;
    const get = lazy(() => {
      loads += 1;
      return undefined;
    });
    get();
    get();
    expect(loads).toBe(1);
  });
});
