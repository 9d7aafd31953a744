import { describe, expect, it } from "vitest";
import { emptyAddress } from "../../ui/addresses/addressForm";
import { companyFormDefaults, hdsRateOf, remapCompanyErrors, toCompanyPayload, validateHdsRate, validateSiren, validateSiret, type CompanyFormValues } from "./companyForm";
import type { CompanyRecord } from "./types";

const stored = {
  id: "c1",
  name: "Boulangerie Martin",
  siren: "732829320",
  siret: null,
  originId: "o1",
  inCreation: false,
  hdsEnabled: true,
  hdsRate: "1.50",
  turnoverCents: 12_345_600,
  markers: [],
  customFields: {},
  mainContactId: "p1",
  pep: false,
  addresses: [{ kind: "head_office", lines: ["1 rue X"], postalCode: "75011", city: "Paris", country: "FR", normalisedLines: ["1 RUE X", "75011 PARIS"], normalisationStatus: "corrected" }],
  version: 2,
} as unknown as CompanyRecord;

describe("company form", () => {
  it("starts a new company with an empty head office and no main contact", () => {
    const values = companyFormDefaults();
    expect(values.addressForm?.head_office).toEqual(emptyAddress());
    expect(values.contactMode).toBe("none");
    expect(companyFormDefaults(stored).turnover).toBe(123_456);
  });

  it("sends identifiers compact, blanks as null, the turnover in cents and the HDS rate only with HDS", () => {
    const values: CompanyFormValues = { ...companyFormDefaults(), name: " ACME ", siren: "732 829 320", siret: "", originId: "o1", turnover: 1500.5, hdsEnabled: false, hdsRate: "2", email: "" };
    const payload = toCompanyPayload(values, { canWriteSensitive: false });
    expect(payload).toMatchObject({ name: "ACME", siren: "732829320", siret: null, email: null, turnoverCents: 150_050, hdsRate: null, addresses: [] });
    expect(payload).not.toHaveProperty("pep");
    expect(payload).not.toHaveProperty("mainContactId");
    expect(payload).not.toHaveProperty("mainContact");
    expect(toCompanyPayload({ ...values, hdsEnabled: true, hdsRate: "1,5" }, { canWriteSensitive: true })).toMatchObject({ hdsRate: "1.5", pep: false, assetFreeze: false });
  });

  it("selects an existing main contact or creates one, never both", () => {
    const base: CompanyFormValues = { ...companyFormDefaults(), name: "ACME", originId: "o1", mainContactId: "p9" };
    expect(toCompanyPayload({ ...base, contactMode: "existing" }, { canWriteSensitive: false })).toMatchObject({ mainContactId: "p9" });
    const created = toCompanyPayload(
      { ...base, contactMode: "create", mainContact: { category: "individual", civility: "mrs", lastName: " Durand ", firstName: "Léa", email: "", mobilePhone: "06 12 34 56 78", functions: "DRH" } },
      { canWriteSensitive: false },
    );
    expect(created).not.toHaveProperty("mainContactId");
    expect(created.mainContact).toEqual({ category: "individual", civility: "mrs", lastName: "Durand", firstName: "Léa", email: null, mobilePhone: "06 12 34 56 78", landlinePhone: null });
    const professional = toCompanyPayload({ ...base, contactMode: "create", mainContact: { category: "professional", lastName: "Durand", functions: "Gérante" } }, { canWriteSensitive: false });
    expect(professional.mainContact).toMatchObject({ category: "professional", functions: "Gérante" });
  });

  it("on an existing record, leaves out unchanged addresses and flags the answer did not carry", () => {
    const values: CompanyFormValues = { ...companyFormDefaults(stored), ...stored };
    const payload = toCompanyPayload(values, { previous: stored, canWriteSensitive: true });
    expect(payload).not.toHaveProperty("addresses");
    expect(payload).toMatchObject({ pep: false, mainContactId: "p1", turnoverCents: 12_345_600, hdsRate: "1.50" });
    const withoutFlags = { ...stored } as Partial<CompanyRecord>;
    delete withoutFlags.pep;
    expect(toCompanyPayload(values, { previous: withoutFlags, canWriteSensitive: true })).not.toHaveProperty("pep");
    const moved = { ...values, addressForm: { head_office: { lines: ["3 rue Z", "", ""], postalCode: "75011", city: "Paris" } } };
    expect(toCompanyPayload(moved, { previous: stored, canWriteSensitive: false }).addresses).toEqual([{ kind: "head_office", lines: ["3 rue Z"], postalCode: "75011", city: "Paris" }]);
  });

  it("puts server errors on the address block and the contact choice", () => {
    const errors: Record<string, unknown> = { "addresses.0.city": "inconnue", mainContact: "pas les deux", "mainContact.lastName": "requis", siren: "pris" };
    remapCompanyErrors(errors, { addresses: [{ kind: "billing" }] });
    expect(errors).toEqual({ "addressForm.billing.city": "inconnue", contactMode: "pas les deux", "mainContact.lastName": "requis", siren: "pris" });
  });

  it("checks SIREN, SIRET and the HDS rate as they are typed", () => {
    expect(validateSiren("")).toBeUndefined();
    expect(validateSiren("732 829 320")).toBeUndefined();
    expect(validateSiren("732 829 321")).toBe("adhesia.companies.identifier.siren_key");
    expect(validateSiren("732 829")).toBe("adhesia.companies.identifier.siren_format");
    expect(validateSiret("73282932000074", { siren: "732 829 320" })).toBeUndefined();
    expect(validateSiret("73282932000074", { siren: "552100554" })).toBe("adhesia.companies.identifier.siret_mismatch");
    expect(validateSiret("73282932000075", {})).toBe("adhesia.companies.identifier.siret_key");
    expect(validateHdsRate("", { hdsEnabled: false })).toBeUndefined();
    expect(validateHdsRate("", { hdsEnabled: true })).toBe("ra.validation.required");
    expect(validateHdsRate("1,75", { hdsEnabled: true })).toBeUndefined();
    expect(validateHdsRate("101", { hdsEnabled: true })).toBe("adhesia.companies.hds_rate_invalid");
    expect(hdsRateOf(" 2,5 ")).toBe("2.5");
  });
});
