import { describe, expect, it } from "vitest";
import { hasValidLuhnKey } from "./luhn.js";

/** Deterministic generator (mulberry32) so a failing case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Textbook key: double every other digit starting with the rightmost one of the payload. */
function referenceKey(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((char, index) => {
    const doubled = index % 2 === 0 ? Number(char) * 2 : Number(char);
    sum += Math.floor(doubled / 10) + (doubled % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

describe("hasValidLuhnKey", () => {
  it("accepts real SIRENs and SIRETs", () => {
    for (const number of ["732829320", "552032534", "542051180", "73282932000074", "35600000000048"]) {
      expect(hasValidLuhnKey(number), number).toBe(true);
    }
  });

  it("refuses a wrong key", () => {
    expect(hasValidLuhnKey("732829321")).toBe(false);
    expect(hasValidLuhnKey("73282932000079")).toBe(false);
  });

  it("refuses what is not a string of digits", () => {
    for (const input of ["", "73282932O", "732 829 320", "-732829320", "７３２８２９３２０"]) {
      expect(hasValidLuhnKey(input), input).toBe(false);
    }
  });

  it("handles single digits (only 0 is its own key)", () => {
    expect(hasValidLuhnKey("0")).toBe(true);
    expect(hasValidLuhnKey("5")).toBe(false);
  });

  it("for random 8-digit payloads, the computed key validates, no other key does, and any single changed digit breaks it", () => {
    const random = seededRandom(20240611);
    for (let run = 0; run < 200; run++) {
      const payload = String(Math.floor(random() * 1e8)).padStart(8, "0");
      const key = referenceKey(payload);
      const number = payload + key;
      expect(hasValidLuhnKey(number), number).toBe(true);
      for (let otherKey = 0; otherKey <= 9; otherKey++) {
        if (String(otherKey) !== key) expect(hasValidLuhnKey(payload + otherKey), payload + otherKey).toBe(false);
      }
      for (let position = 0; position < number.length; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === number[position]) continue;
          const mistyped = number.slice(0, position) + digit + number.slice(position + 1);
          expect(hasValidLuhnKey(mistyped), mistyped).toBe(false);
        }
      }
    }
  });
});
