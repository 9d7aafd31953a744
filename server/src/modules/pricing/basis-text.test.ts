import { describe, expect, it } from "vitest";
import { basisText, basisTexts, formatEuroCents } from "./basis-text.js";
import type { LineBasis } from "./engine/index.js";

// Intl's French currency format: a narrow no-break space between thousands, a no-break space before €.
const nbsp = "\u00a0";
const thousands = "\u202f";

const lyonMainInsured: LineBasis = {
  code: "profile",
  criteria: [
    { criterion: "role", role: "main_insured" },
    { criterion: "age", age: 46, ageMin: 45, ageMax: 54 },
    { criterion: "zone", zone: "Z3", department: "75" },
  ],
};

describe("a price line's basis in French (the default) and in English", () => {
  it("names the role as the screens do, the age band and the zone of a contribution", () => {
    expect(basisText(lyonMainInsured, "fr")).toBe("Assuré principal, 46 ans (tranche 45–54 ans), zone Z3 (département 75)");
    expect(basisText(lyonMainInsured, "en")).toBe("Main insured, age 46 (45–54), zone Z3 (department 75)");
  });

  it("says each role, an open-ended band, a one-year-old and the other criteria", () => {
    const roles = (["spouse", "child", "dependent"] as const).map((role) => basisText({ code: "profile", criteria: [{ criterion: "role", role }] }, "fr"));
    expect(roles).toEqual(["Conjoint", "Enfant", "Ayant droit"]);
    expect(basisText({ code: "profile", criteria: [{ criterion: "age", age: 66, ageMin: 60 }] }, "fr")).toBe("66 ans (tranche 60 ans et plus)");
    expect(basisText({ code: "profile", criteria: [{ criterion: "age", age: 66, ageMin: 60 }] }, "en")).toBe("Age 66 (60 and over)");
    expect(basisText({ code: "profile", criteria: [{ criterion: "age", age: 1, ageMin: 0, ageMax: 25 }] }, "fr")).toBe("1 an (tranche 0–25 ans)");
    const others: LineBasis = {
      code: "profile",
      criteria: [
        { criterion: "structure", structure: "single_parent" },
        { criterion: "social_regime", socialRegime: "agricultural" },
        { criterion: "local_regime", localRegime: "alsace_moselle" },
      ],
    };
    expect(basisText(others, "fr")).toBe("Parent isolé, régime social agricultural, régime local Alsace-Moselle");
    expect(basisText(others, "en")).toBe("Single parent, social regime agricultural, Alsace-Moselle local regime");
  });

  it("keeps a local regime it has no label for as its code", () => {
    expect(basisText({ code: "profile", criteria: [{ criterion: "local_regime", localRegime: "mayotte" }] }, "fr")).toBe("Régime local mayotte");
  });

  it("explains a row for any profile, and a share of the PMSS with the ceiling in euros", () => {
    expect(basisText({ code: "profile", criteria: [] }, "fr")).toBe("Tout profil");
    expect(basisText({ code: "profile", criteria: [] }, "en")).toBe("Any profile");
    const employee: LineBasis = { code: "profile", criteria: [{ criterion: "role", role: "main_insured" }], pmssCents: 400_500 };
    expect(basisText(employee, "fr")).toBe(`Assuré principal ; PMSS 4${thousands}005,00${nbsp}€`);
    expect(basisText(employee, "en")).toBe("Main insured; PMSS €4,005.00");
  });

  it("gives the base of a tax, a discount and a commission in euros, French style in French", () => {
    expect(basisText({ code: "net_after_discounts_plus_fees", baseCents: 5190 }, "fr")).toBe(`HT après remises, plus frais : 51,90${nbsp}€`);
    expect(basisText({ code: "net_after_discounts_plus_fees", baseCents: 5190 }, "en")).toBe("Net after discounts, plus fees: €51.90");
    expect(basisText({ code: "one_off_fees", baseCents: 1500 }, "fr")).toBe(`Frais à la souscription : 15,00${nbsp}€`);
    expect(basisText({ code: "contribution", baseCents: 4600 }, "en")).toBe("Contribution: €46.00");
    expect(basisText({ code: "net_after_discounts", baseCents: 8280 }, "fr")).toBe(`HT après remises : 82,80${nbsp}€`);
  });

  it("names fixed amounts and free children without numbers to format", () => {
    expect(basisText({ code: "fee_per_contract" }, "fr")).toBe("Frais par contrat");
    expect(basisText({ code: "fee_per_beneficiary" }, "en")).toBe("Fee per beneficiary");
    expect(basisText({ code: "amount_per_contract" }, "fr")).toBe("Montant par contrat");
    expect(basisText({ code: "child_rank", fromRank: 3 }, "fr")).toBe("Enfant de rang 3 ou plus, par cotisation décroissante");
    expect(basisText({ code: "child_rank", fromRank: 3 }, "en")).toBe("Child ranked 3 or more by contribution");
  });

  it("renders through a request's memo exactly as one by one: an equal basis (another object) shares the text, other values do not", () => {
    const french = basisTexts("fr");
    const sameValues: LineBasis = JSON.parse(JSON.stringify(lyonMainInsured));
    expect(french(lyonMainInsured)).toBe(basisText(lyonMainInsured, "fr"));
    expect(french(sameValues)).toBe(basisText(lyonMainInsured, "fr"));
    expect(french({ code: "contribution", baseCents: 4600 })).toBe(`Cotisation : 46,00${nbsp}€`);
    expect(french({ code: "contribution", baseCents: 4700 })).toBe(`Cotisation : 47,00${nbsp}€`);
    expect(basisTexts("en")(lyonMainInsured)).toBe(basisText(lyonMainInsured, "en"));
  });

  it("formats cents as euros to the cent", () => {
    expect(formatEuroCents(1_234_567, "fr")).toBe(`12${thousands}345,67${nbsp}€`);
    expect(formatEuroCents(5, "en")).toBe("€0.05");
  });
});
