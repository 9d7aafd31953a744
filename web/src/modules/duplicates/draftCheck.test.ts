import { describe, expect, it } from "vitest";
import { checkableDraft } from "./draftCheck";

describe("checkableDraft", () => {
  it("waits for a person's last name with first name and birth date, an e-mail or a mobile", () => {
    expect(checkableDraft("person", { lastName: "Le Hénaff", firstName: "Anne", birthDate: null })).toBeNull();
    expect(checkableDraft("person", { lastName: null, email: "anne@exemple.fr" })).toBeNull();
    expect(checkableDraft("person", { lastName: "Le Hénaff", firstName: "Anne", birthDate: "1984-05-17", category: "individual", addresses: [{ kind: "main", postalCode: "29200", city: "Brest", lines: [] }] })).toEqual({
      lastName: "Le Hénaff",
      firstName: "Anne",
      birthDate: "1984-05-17",
      postalCode: "29200",
    });
    expect(checkableDraft("person", { lastName: "Le Hénaff", mobilePhone: "06 12 34 56 78", pep: false })).toEqual({ lastName: "Le Hénaff", mobilePhone: "06 12 34 56 78" });
  });

  it("waits for a company's name with a SIREN, a SIRET or the head office's postal code", () => {
    expect(checkableDraft("company", { name: "Girard Distribution", addresses: [{ kind: "branch", postalCode: "21000" }] })).toBeNull();
    expect(checkableDraft("company", { name: "Girard Distribution", addresses: [{ kind: "head_office", postalCode: "21000" }] })).toEqual({ name: "Girard Distribution", postalCode: "21000" });
    expect(checkableDraft("company", { name: "Girard Distribution", siren: "809157514" })).toEqual({ name: "Girard Distribution", siren: "809157514" });
  });
});
