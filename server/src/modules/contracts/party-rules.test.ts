import { describe, expect, it } from "vitest";
import { coverageFlagsOf, identityKey, relationsFromRoles } from "./party-rules.js";

describe("identityKey", () => {
  it("reads the same person in another case, accents or punctuation as one", () => {
    expect(identityKey({ lastName: "Le Gall-Éon", firstName: "Anaïs", birthDate: "1980-01-02" })).toBe(identityKey({ lastName: "LE GALL EON", firstName: "anais", birthDate: "1980-01-02" }));
    expect(identityKey({ lastName: "Martin", firstName: "Paul", birthDate: "1980-01-02" })).not.toBe(identityKey({ lastName: "Martin", firstName: "Paul", birthDate: "1980-01-03" }));
  });
});

describe("relationsFromRoles", () => {
  it("relates spouses and children to the main insured they follow, else to the holder; dependents to no one", () => {
    expect(
      relationsFromRoles("holder", [
        { role: "spouse", personId: "s" },
        { role: "main_insured", personId: "m1" },
        { role: "child", personId: "c1" },
        { role: "dependent", personId: "d" },
        { role: "main_insured", personId: "m2" },
        { role: "spouse", personId: "s2" },
      ]),
    ).toEqual([
      { personId: "s", type: "spouse_of", relatedPersonId: "holder" },
      { personId: "c1", type: "child_of", relatedPersonId: "m1" },
      { personId: "s2", type: "spouse_of", relatedPersonId: "m2" },
    ]);
    expect(relationsFromRoles(null, [{ role: "child", personId: "c" }])).toEqual([]);
    expect(relationsFromRoles("h", [{ role: "main_insured", personId: "h" }, { role: "spouse", personId: "h" }])).toEqual([]);
  });
});

describe("coverageFlagsOf", () => {
  it("lists each domain of an active contract once, sorted", () => {
    expect(
      coverageFlagsOf([
        { status: "active", domain: "protection" },
        { status: "terminated", domain: "services" },
        { status: "suspended", domain: "savings_retirement" },
        { status: "active", domain: "health" },
        { status: "active", domain: "health" },
      ]),
    ).toEqual(["health", "protection"]);
  });
});
