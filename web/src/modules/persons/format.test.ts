import { describe, expect, it } from "vitest";
import { mainLocality, personName } from "./format";

describe("person display helpers", () => {
  it("names a person family name first", () => {
    expect(personName({ lastName: "Le Hénaff", firstName: "Léa" })).toBe("LE HÉNAFF Léa");
    expect(personName({ lastName: "Martin", firstName: null })).toBe("MARTIN");
  });

  it("gives the locality of the main address only", () => {
    const address = { lines: ["1 rue X"], postalCode: "75011", city: "Paris", country: "FR", normalisedLines: [], normalisationStatus: "valid" as const };
    expect(mainLocality({ addresses: [{ ...address, kind: "secondary", city: "Lyon" }, { ...address, kind: "main" }] })).toBe("75011 Paris");
    expect(mainLocality({ addresses: [] })).toBe("");
  });
});
