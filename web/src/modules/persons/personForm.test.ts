import { describe, expect, it } from "vitest";
import { addressValidators, emptyAddress, personFormDefaults, remapAddressErrors, toPersonPayload, type PersonFormValues } from "./personForm";
import type { PersonRecord } from "./types";

const stored = {
  id: "p1",
  category: "individual",
  lastName: "Martin",
  firstName: "Léa",
  originId: "o1",
  markers: [],
  customFields: {},
  pep: false,
  addresses: [{ kind: "main", lines: ["1 rue X"], postalCode: "75011", city: "Paris", country: "FR", normalisedLines: ["1 RUE X", "75011 PARIS"], normalisationStatus: "corrected" }],
  version: 3,
} as unknown as PersonRecord;

describe("person form", () => {
  it("starts a new person as an individual with an empty main address", () => {
    const values = personFormDefaults();
    expect(values.category).toBe("individual");
    expect(values.addressForm?.main).toEqual(emptyAddress());
    expect(personFormDefaults(stored).addressForm?.main?.lines).toEqual(["1 rue X", "", ""]);
  });

  it("sends blank texts as null, drops an untouched address block and the flags the user may not change", () => {
    const values: PersonFormValues = { ...personFormDefaults(), lastName: " Durand ", firstName: "", originId: "o1", email: "", pep: true };
    const payload = toPersonPayload(values, { canWriteSensitive: false });
    expect(payload).toMatchObject({ category: "individual", lastName: "Durand", firstName: null, email: null, originId: "o1", addresses: [] });
    expect(payload).not.toHaveProperty("pep");
    expect(payload).not.toHaveProperty("nature");
    expect(toPersonPayload(values, { canWriteSensitive: true })).toMatchObject({ pep: true, assetFreeze: false });
  });

  it("clears professional data and the professional address of an individual", () => {
    const values: PersonFormValues = {
      ...personFormDefaults(),
      lastName: "Durand",
      originId: "o1",
      professionalCompanyName: "SARL Durand",
      madelinEligible: true,
      addressForm: { main: emptyAddress(), professional: { lines: ["2 av Y"], postalCode: "69003", city: "Lyon" } },
    };
    expect(toPersonPayload(values, { canWriteSensitive: false })).toMatchObject({ professionalCompanyName: null, madelinEligible: false, addresses: [] });
    const professional = toPersonPayload({ ...values, category: "professional" }, { canWriteSensitive: false });
    expect(professional).toMatchObject({ professionalCompanyName: "SARL Durand", madelinEligible: true, addresses: [{ kind: "professional", lines: ["2 av Y"], postalCode: "69003", city: "Lyon" }] });
  });

  it("on an existing record, leaves out unchanged addresses and flags the answer did not carry", () => {
    const values: PersonFormValues = { ...personFormDefaults(stored), ...stored, firstName: "Léa" };
    const payload = toPersonPayload(values, { previous: stored, canWriteSensitive: true });
    expect(payload).not.toHaveProperty("addresses");
    expect(payload).toHaveProperty("pep", false);
    const withoutFlags = { ...stored } as Partial<PersonRecord>;
    delete withoutFlags.pep;
    expect(toPersonPayload(values, { previous: withoutFlags, canWriteSensitive: true })).not.toHaveProperty("pep");
    const moved: PersonFormValues = { ...values, addressForm: { main: { lines: ["3 rue Z", "", ""], postalCode: "75011", city: "Paris", country: "FR" } } };
    expect(toPersonPayload(moved, { previous: stored, canWriteSensitive: true }).addresses).toEqual([{ kind: "main", lines: ["3 rue Z"], postalCode: "75011", city: "Paris", country: "FR" }]);
  });

  it("moves server errors from the position sent to the block of that kind", () => {
    const errors: Record<string, unknown> = { "addresses.0.lines": "trop long", "addresses.1.kind": "réservé", lastName: "requis" };
    remapAddressErrors(errors, { addresses: [{ kind: "main" }, { kind: "professional" }] });
    expect(errors).toEqual({ "addressForm.main.lines": "trop long", "addressForm.professional.kind": "réservé", lastName: "requis" });
  });

  it("asks for a complete block once started, and a main address beside a secondary one", () => {
    const secondary = addressValidators("secondary");
    const values: PersonFormValues = { addressForm: { main: emptyAddress(), secondary: { lines: ["1 rue X", "", ""], postalCode: "", city: "Paris" } } };
    expect(secondary.postalCode("", values)).toBe("ra.validation.required");
    expect(secondary.city("Paris", values)).toBeUndefined();
    expect(secondary.firstLine("1 rue X", values)).toBe("adhesia.persons.address.secondary_without_main");
    expect(addressValidators("main").postalCode("", values)).toBeUndefined();
  });
});
