import { describe, expect, it } from "vitest";
import { beneficiaryInputs, householdBeneficiaries, missingBirthDates, pricedProfile, typedBeneficiary } from "./household";

const holder = { id: "h", lastName: "Durand", firstName: "Chloé", birthDate: "1985-04-02" };
/** The relation as the holder's record lists it, with the names it gives. */
const rel = (type: string, personId: string) => ({ type, personId, lastName: `Nom de ${personId}`, firstName: null });
const people = [
  { id: "s", lastName: "Durand", firstName: "Marc", birthDate: "1983-11-20" },
  { id: "c1", lastName: "Durand", firstName: "Léo", birthDate: "2016-06-01" },
  { id: "c2", lastName: "Durand", firstName: "Zoé", birthDate: "2012-09-15" },
  { id: "p", lastName: "Petit", firstName: "Anne", birthDate: "1955-01-01" },
  { id: "x", lastName: "Roux", firstName: null, birthDate: null },
];

describe("household → beneficiaries", () => {
  it("takes the holder, the spouse and the children (eldest first), and leaves parents and others out", () => {
    const relations = [
      rel("parent_of", "c1"),
      rel("child_of", "p"),
      rel("spouse_of", "s"),
      rel("parent_of", "c2"),
      rel("other", "x"),
    ];
    const drafts = householdBeneficiaries(holder, relations, people);
    expect(drafts.map((draft) => [draft.personId, draft.role])).toEqual([
      ["h", "main_insured"],
      ["s", "spouse"],
      ["c2", "child"],
      ["c1", "child"],
    ]);
    expect(drafts.every((draft) => draft.included)).toBe(true);
  });

  it("reads a partner as a spouse and counts a person related twice once", () => {
    const drafts = householdBeneficiaries(holder, [rel("partner_of", "s"), rel("spouse_of", "s")], people);
    expect(drafts.map((draft) => draft.role)).toEqual(["main_insured", "spouse"]);
  });

  it("sends persons by id, a birth date only when corrected, typed lines in full, left-out lines not at all", () => {
    const [main, spouse, child] = householdBeneficiaries(holder, [rel("spouse_of", "s"), rel("parent_of", "c1")], people);
    if (!main || !spouse || !child) throw new Error("household incomplete");
    const baby = { ...typedBeneficiary("t1"), firstName: " Noé ", birthDate: "2025-12-01" };
    const inputs = beneficiaryInputs([main, { ...spouse, included: false }, { ...child, birthDate: "2016-06-02" }, baby]);
    expect(inputs).toEqual([
      { role: "main_insured", personId: "h" },
      { role: "child", personId: "c1", birthDate: "2016-06-02" },
      { role: "child", birthDate: "2025-12-01", firstName: "Noé" },
    ]);
  });

  it("keeps a relative the reader may not open (another agency's record) under the relation's names, the birth date to type", () => {
    const [, spouse] = householdBeneficiaries(holder, [{ type: "spouse_of", personId: "far", lastName: "Aubert", firstName: "Catherine" }], people);
    expect(spouse).toMatchObject({ personId: "far", role: "spouse", lastName: "Aubert", firstName: "Catherine", birthDate: "", recordBirthDate: null, included: true });
    if (!spouse) throw new Error("spouse left out");
    expect(missingBirthDates([spouse]).map((draft) => draft.key)).toEqual(["far"]);
    expect(beneficiaryInputs([{ ...spouse, birthDate: "1984-03-12" }])).toEqual([{ role: "spouse", personId: "far", birthDate: "1984-03-12" }]);
  });

  it("names the included lines without a birth date, and prices only the included ones", () => {
    const [main, other] = householdBeneficiaries(holder, [rel("spouse_of", "x")], people);
    if (!main || !other) throw new Error("household incomplete");
    expect(missingBirthDates([main, other]).map((draft) => draft.key)).toEqual(["x"]);
    expect(missingBirthDates([main, { ...other, included: false }])).toEqual([]);
    expect(pricedProfile([main, { ...other, included: false }])).toEqual([{ role: "main_insured", birthDate: "1985-04-02" }]);
  });
});
