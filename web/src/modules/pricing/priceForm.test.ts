import { describe, expect, it } from "vitest";
import { beneficiaryName, priceRequestOf, type PriceFormValues } from "./priceForm";

const values: PriceFormValues = {
  effectiveDate: "2026-11-23",
  postalCode: " 75011 ",
  socialRegime: "general",
  localRegime: "none",
  beneficiaries: [
    { role: "main_insured", birthDate: "1980-05-01" },
    { role: "child", birthDate: "2012-01-01" },
    { role: "child", birthDate: "2015-01-01" },
  ],
  introducerId: null,
  options: [],
  channel: "",
};

describe("try-a-price request", () => {
  it("sends only what was chosen", () => {
    expect(priceRequestOf(values, "p", "f")).toEqual({
      productId: "p",
      formulaId: "f",
      effectiveDate: "2026-11-23",
      postalCode: "75011",
      socialRegime: "general",
      localRegime: "none",
      beneficiaries: values.beneficiaries,
    });
    expect(priceRequestOf({ ...values, introducerId: "i", options: ["DENT"], channel: "online" }, "p", "f")).toMatchObject({ introducerId: "i", options: ["DENT"], channel: "online" });
  });

  it("names a line's beneficiary by role, numbered when the role repeats", () => {
    const role = (code: string) => ({ main_insured: "Assuré principal", child: "Enfant" })[code] ?? code;
    expect(beneficiaryName(null, values.beneficiaries, role, "Contrat")).toBe("Contrat");
    expect(beneficiaryName(0, values.beneficiaries, role, "Contrat")).toBe("Assuré principal");
    expect(beneficiaryName(2, values.beneficiaries, role, "Contrat")).toBe("Enfant 2");
  });
});
