import { validate, version } from "uuid";
import { describe, expect, it } from "vitest";
import { newId } from "./ids.js";

describe("newId", () => {
  it("makes distinct version 7 ids that sort in the order they were made, across many draws of random bytes", () => {
    // 10,000 ids draw the 4 KiB pool of random bytes about 40 times, and span several milliseconds.
    const ids = Array.from({ length: 10_000 }, () => newId());
    for (const id of ids.slice(0, 50)) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("keeps random bits apart from the clock and counter: ids of one millisecond differ beyond the counter", () => {
    const [first, second] = [newId(), newId()];
    // The last 8 hex digits come from the random bytes only.
    expect(first?.slice(-8)).not.toBe(second?.slice(-8));
  });
});
