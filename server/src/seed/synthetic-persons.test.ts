import { describe, expect, it } from "vitest";
import { parseFrenchPhone } from "../platform/identifiers/index.js";
import { seededRandom, syntheticPerson } from "./synthetic-persons.js";

const localities = [{ postalCode: "75011", city: "PARIS" }, { postalCode: "59000", city: "LILLE" }];

describe("synthetic persons", () => {
  it("gives the same person for the same seed and index, another for another index", () => {
    expect(syntheticPerson(7, 42, localities)).toEqual(syntheticPerson(7, 42, localities));
    expect(syntheticPerson(7, 42, localities)).not.toEqual(syntheticPerson(7, 43, localities));
  });

  it("makes valid mobiles, past birth dates and unique e-mails", () => {
    const emails = new Set<string>();
    for (let index = 0; index < 2_000; index += 1) {
      const person = syntheticPerson(1, index, localities);
      expect(parseFrenchPhone(person.mobilePhone, "mobile").ok, person.mobilePhone).toBe(true);
      expect(person.birthDate < "2006-01-01").toBe(true);
      emails.add(person.email);
    }
    expect(emails.size).toBe(2_000);
  });

  it("spreads its values over [0, 1)", () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 10_000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((sum, value) => sum + value, 0) / values.length).toBeCloseTo(0.5, 1);
  });
});
