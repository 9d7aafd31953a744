import { describe, expect, it } from "vitest";
import { checkCompanyInput, checkSiteSiret, sirenExemptLegalForms, type CompanyIdentity } from "./company-input.js";
import { findIdcc, findNafSubclass, headcountBandLabel, isHeadcountBand } from "./company-referentials.js";

const errorsOf = (input: Parameters<typeof checkCompanyInput>[0], current?: CompanyIdentity) =>
  checkCompanyInput(input, current)
    .errors.map((error) => `${error.path}:${error.code}`)
    .sort();

const stored: CompanyIdentity = { legalForm: "sarl", siren: "732829320", siret: "73282932000074", inCreation: false, hdsEnabled: false, hdsRate: null };

describe("checkCompanyInput: SIREN and SIRET", () => {
  it("keeps valid numbers in compact form, spaces (even non-breaking ones) removed", () => {
    const { values, errors } = checkCompanyInput({ siren: "732 829 320", siret: "732\u00a0829\u00a0320 00074" }, undefined);
    expect(errors).toEqual([]);
    expect(values).toMatchObject({ siren: "732829320", siret: "73282932000074" });
  });

  it("accepts La Poste's head office SIRET, whose key follows La Poste's rule", () => {
    expect(errorsOf({ siren: "356000000", siret: "35600000000048" })).toEqual([]);
  });

  it("refuses a wrong key or length on its own field", () => {
    expect(errorsOf({ siren: "732829321" })).toEqual(["siren:company.invalid_siren"]);
    expect(errorsOf({ siren: "73282932" })).toEqual(["siren:company.invalid_siren"]);
    expect(errorsOf({ siren: "732829320", siret: "73282932000075" })).toEqual(["siret:company.invalid_siret"]);
    expect(errorsOf({ siren: "356000000", siret: "35600000000014" })).toEqual(["siret:company.invalid_siret"]);
  });

  it("refuses a SIRET of another company", () => {
    expect(errorsOf({ siren: "732829320", siret: "35600000000048" })).toEqual(["siret:company.siret_siren_mismatch"]);
    // Checked against the stored SIREN when only the SIRET changes.
    expect(errorsOf({ siret: "35600000000048" }, stored)).toEqual(["siret:company.siret_siren_mismatch"]);
  });

  it("reads the SIREN from a SIRET sent alone", () => {
    const { values, errors } = checkCompanyInput({ siret: "73282932000074" }, undefined);
    expect(errors).toEqual([]);
    expect(values.siren).toBe("732829320");
  });
});

describe("checkCompanyInput: SIREN requirement", () => {
  it("requires a SIREN from a registered company", () => {
    expect(errorsOf({ legalForm: "sas" })).toEqual(["siren:company.siren_required"]);
    expect(errorsOf({ siren: "  " })).toEqual(["siren:company.siren_required"]);
  });

  it("waives it for a company being created and for legal forms with no SIREN", () => {
    expect(errorsOf({ inCreation: true })).toEqual([]);
    for (const legalForm of ["association", "sep", "indivision", "association_non_declaree", "societe_etrangere"]) expect(errorsOf({ legalForm }), legalForm).toEqual([]);
    expect(sirenExemptLegalForms.has("sarl")).toBe(false);
  });

  it("applies to the record as changed, not to the change alone", () => {
    const inCreation: CompanyIdentity = { ...stored, siren: null, siret: null, inCreation: true };
    expect(errorsOf({ name: "Renommée" }, inCreation)).toEqual([]);
    expect(errorsOf({ inCreation: false }, inCreation)).toEqual(["siren:company.siren_required"]);
    // Clearing the SIREN is not undone by the stored SIRET.
    expect(errorsOf({ siren: null }, stored)).toEqual(["siren:company.siren_required"]);
    expect(errorsOf({ legalForm: "association", siren: null, siret: null }, stored)).toEqual([]);
  });
});

describe("checkCompanyInput: referentials, HDS, phone", () => {
  it("stores NAF and IDCC codes in their canonical form", () => {
    const { values, errors } = checkCompanyInput({ siren: "732829320", nafCode: "8621z", idcc: "16", headcountBand: "12" }, undefined);
    expect(errors).toEqual([]);
    expect(values).toMatchObject({ nafCode: "86.21Z", idcc: "0016", headcountBand: "12" });
  });

  it("refuses unknown codes, each on its field", () => {
    expect(errorsOf({ siren: "732829320", nafCode: "86", idcc: "12345", headcountBand: "04" })).toEqual(
      ["idcc:company.invalid_idcc", "nafCode:company.invalid_naf", "headcountBand:company.invalid_headcount_band"].sort(),
    );
    expect(errorsOf({ siren: "732829320", nafCode: "86.21X", idcc: "9999" })).toEqual(["idcc:company.invalid_idcc", "nafCode:company.invalid_naf"]);
  });

  it("requires a rate when HDS is on, on create or on change", () => {
    expect(errorsOf({ siren: "732829320", hdsEnabled: true })).toEqual(["hdsRate:company.hds_rate_required"]);
    expect(errorsOf({ siren: "732829320", hdsEnabled: true, hdsRate: "1.50" })).toEqual([]);
    expect(errorsOf({ hdsEnabled: true }, stored)).toEqual(["hdsRate:company.hds_rate_required"]);
    expect(errorsOf({ hdsRate: null }, { ...stored, hdsEnabled: true, hdsRate: "2.00" })).toEqual(["hdsRate:company.hds_rate_required"]);
  });

  it("stores phones in E.164 and refuses what is not a phone", () => {
    expect(checkCompanyInput({ siren: "732829320", phone: "01 45 67 89 10" }, undefined).values.phone).toBe("+33145678910");
    expect(errorsOf({ siren: "732829320", phone: "tel: 01" })).toEqual(["phone:company.invalid_phone"]);
  });

  it("allows one address per kind", () => {
    const address = { lines: ["1 rue de la Paix"], postalCode: "75002", city: "Paris" };
    expect(errorsOf({ siren: "732829320", addresses: [{ kind: "head_office", ...address }, { kind: "head_office", ...address }] })).toEqual(["addresses.1.kind:company.duplicate_address_kind"]);
  });
});

describe("checkSiteSiret", () => {
  it("wants an establishment of the company when its SIREN is known", () => {
    expect(checkSiteSiret("732 829 320 00074", "732829320")).toEqual({ value: "73282932000074" });
    expect(checkSiteSiret("35600000000048", "732829320").error?.code).toBe("company.siret_siren_mismatch");
    expect(checkSiteSiret("35600000000048", null)).toEqual({ value: "35600000000048" });
    expect(checkSiteSiret("123", null).error?.code).toBe("company.invalid_siret");
    expect(checkSiteSiret("", "732829320")).toEqual({ value: null });
  });
});

describe("referential look-ups", () => {
  it("finds NAF sous-classes only, whatever the typing", () => {
    expect(findNafSubclass("86.21Z")?.label).toContain("médecins généralistes");
    expect(findNafSubclass(" 86 21 z ")?.code).toBe("86.21Z");
    expect(findNafSubclass("86")).toBeUndefined();
    expect(findNafSubclass("86.2")).toBeUndefined();
  });

  it("finds IDCC with or without leading zeros", () => {
    expect(findIdcc("1486")?.idcc).toBe("1486");
    expect(findIdcc("0016")?.idcc).toBe("0016");
    expect(findIdcc("16")?.idcc).toBe("0016");
    expect(findIdcc("1")).toBeUndefined();
    expect(findIdcc("IDCC")).toBeUndefined();
  });

  it("knows the INSEE headcount bands", () => {
    expect(isHeadcountBand("NN")).toBe(true);
    expect(isHeadcountBand("53")).toBe(true);
    expect(isHeadcountBand("04")).toBe(false);
    expect(headcountBandLabel("12")).toBe("20 à 49 salariés");
  });
});
