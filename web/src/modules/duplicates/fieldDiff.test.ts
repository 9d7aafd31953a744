import { describe, expect, it } from "vitest";
import { ADDRESSES, addressesTakingTyped, changesSomething, defaultChoices, differingFields, entryMergePatch } from "./fieldDiff";

const lyon = { kind: "main", lines: ["12 rue de la République"], postalCode: "69003", city: "Lyon" };
const brest = { kind: "main", lines: ["3 quai Tourville"], postalCode: "29200", city: "Brest" };
const storedLyon = { ...lyon, country: "FR", normalisedLines: ["12 RUE DE LA REPUBLIQUE", "69003 LYON"], normalisationStatus: "valid" };

describe("differingFields", () => {
  const existing = { id: "a", version: 3, lastName: "Le Hénaff", firstName: "Anne", email: null, mobilePhone: "+33612345678", pep: false, markers: ["vip"], addresses: [storedLyon] };

  it("lists the scalar fields that differ, never keys, bookkeeping or combined fields", () => {
    const other = { id: "b", version: 1, lastName: "LE HENAFF", firstName: "Anne", email: "anne@exemple.fr", mobilePhone: "+33612345678", pep: true, markers: ["other"], addresses: [storedLyon] };
    expect(differingFields(existing, other)).toEqual([
      { field: "lastName", target: "Le Hénaff", source: "LE HENAFF" },
      { field: "email", target: null, source: "anne@exemple.fr" },
      { field: "pep", target: false, source: true },
    ]);
  });

  it("compares phones on their digits and reads a draft's blanks as nothing typed", () => {
    const draft = { lastName: "Le Hénaff", firstName: "", email: null, mobilePhone: "06 12 34 56 78", pep: false, addresses: [] };
    expect(differingFields(existing, draft, { onlyFilledSource: true })).toEqual([]);
  });

  it("offers the addresses when the typed ones differ from the stored ones", () => {
    expect(differingFields(existing, { addresses: [lyon] }, { onlyFilledSource: true })).toEqual([]);
    expect(differingFields(existing, { addresses: [brest] }, { onlyFilledSource: true })).toEqual([{ field: ADDRESSES, target: [storedLyon], source: [brest] }]);
  });
});

describe("defaultChoices", () => {
  it("keeps the kept record's value unless it has none", () => {
    expect(
      defaultChoices([
        { field: "lastName", target: "Le Hénaff", source: "LE HENAFF" },
        { field: "email", target: null, source: "anne@exemple.fr" },
        { field: ADDRESSES, target: [], source: [brest] },
      ]),
    ).toEqual({ lastName: "target", email: "source", addresses: "source" });
  });
});

describe("entryMergePatch", () => {
  const existing = { id: "a", version: 7, email: null, birthName: "Kerjean", addresses: [storedLyon, { ...storedLyon, kind: "secondary" }] };
  const draft = { email: "anne@exemple.fr", birthName: "Quéré", addresses: [brest] };

  it("sends the version and the typed values chosen, nothing else", () => {
    const patch = entryMergePatch(existing, draft, { email: "source", birthName: "target" });
    expect(patch).toEqual({ version: 7, email: "anne@exemple.fr" });
    expect(changesSomething(patch)).toBe(true);
    expect(changesSomething(entryMergePatch(existing, draft, { email: "target" }))).toBe(false);
  });

  it("replaces the stored address of a typed kind and keeps the others", () => {
    expect(entryMergePatch(existing, draft, { addresses: "source" }).addresses).toEqual([{ ...lyon, kind: "secondary", country: "FR" }, brest]);
  });
});

describe("addressesTakingTyped", () => {
  it("drops the read-only RNVP parts of the stored addresses", () => {
    expect(addressesTakingTyped([storedLyon], [])).toEqual([{ ...lyon, country: "FR" }]);
  });
});
