import { describe, expect, it } from "vitest";
import { decideAssignment, mostSpecificRule, type AssignmentRuleEntry, type RecordFacts } from "./assignment-engine.js";
import { departmentOf, isDepartmentCode } from "./departments.js";
import { marketOfCompany, marketOfPerson, type MarketSettings } from "./markets.js";
import { sectorOf } from "./sector-derivation.js";

describe("departmentOf", () => {
  it("reads two digits in metropolitan France, three overseas, 2A/2B in Corsica", () => {
    expect(departmentOf("75011")).toBe("75");
    expect(departmentOf("01000")).toBe("01");
    expect(departmentOf("20000")).toBe("2A");
    expect(departmentOf("20167")).toBe("2A");
    expect(departmentOf("20200")).toBe("2B");
    expect(departmentOf("20600")).toBe("2B");
    expect(departmentOf("97400")).toBe("974");
    expect(departmentOf("97200")).toBe("972");
    expect(departmentOf(" 69003 ")).toBe("69");
    expect(departmentOf("7501")).toBeUndefined();
    expect(departmentOf(null)).toBeUndefined();
  });

  it("knows a department code when it sees one", () => {
    for (const code of ["01", "19", "21", "2A", "2B", "95", "971", "976"]) expect(isDepartmentCode(code), code).toBe(true);
    for (const code of ["00", "20", "96", "977", "1", "750"]) expect(isDepartmentCode(code), code).toBe(false);
  });
});

describe("markets", () => {
  const mdproUpTo5: MarketSettings = { companiesInMdpro: true, mdproMaxHeadcountBand: "02", mdeFromHeadcountBand: null };

  it("files individuals in MDP and professionals in MDPRO", () => {
    expect(marketOfPerson("individual")).toBe("MDP");
    expect(marketOfPerson("professional")).toBe("MDPRO");
  });

  it("puts every company in MDE by default", () => {
    const none: MarketSettings = { companiesInMdpro: false, mdproMaxHeadcountBand: null, mdeFromHeadcountBand: null };
    expect(marketOfCompany(none, "01")).toBe("MDE");
    expect(marketOfCompany(none, "53")).toBe("MDE");
    expect(marketOfCompany(none, null)).toBe("MDE");
  });

  it("puts small companies in MDPRO up to the threshold band, included, when the tenant says so", () => {
    expect(marketOfCompany(mdproUpTo5, "NN")).toBe("MDPRO");
    expect(marketOfCompany(mdproUpTo5, "02")).toBe("MDPRO");
    expect(marketOfCompany(mdproUpTo5, "03")).toBe("MDE");
    expect(marketOfCompany({ ...mdproUpTo5, companiesInMdpro: false }, "01")).toBe("MDE");
  });

  it("leaves companies below the MDE threshold without a market unless they are MDPRO", () => {
    const mdeFrom10: MarketSettings = { companiesInMdpro: false, mdproMaxHeadcountBand: null, mdeFromHeadcountBand: "11" };
    expect(marketOfCompany(mdeFrom10, "03")).toBeNull();
    expect(marketOfCompany(mdeFrom10, "11")).toBe("MDE");
    expect(marketOfCompany({ ...mdeFrom10, companiesInMdpro: true, mdproMaxHeadcountBand: "03" }, "03")).toBe("MDPRO");
    expect(marketOfCompany(mdeFrom10, null)).toBe("MDE");
  });
});

describe("sectorOf", () => {
  const sectors = [
    { id: "paris", departments: ["75"], postalCodes: [] },
    { id: "bastille", departments: [], postalCodes: ["75011"] },
    { id: "corse-sud", departments: ["2A"], postalCodes: [] },
    { id: "reunion", departments: ["974"], postalCodes: [] },
  ];

  it("takes the postal code's own sector over its department's", () => {
    expect(sectorOf(sectors, "75011")).toBe("bastille");
    expect(sectorOf(sectors, "75012")).toBe("paris");
    expect(sectorOf(sectors, "20000")).toBe("corse-sud");
    expect(sectorOf(sectors, "20200")).toBeNull();
    expect(sectorOf(sectors, "97400")).toBe("reunion");
    expect(sectorOf(sectors, null)).toBeNull();
  });
});

describe("assignment engine", () => {
  const rules: AssignmentRuleEntry[] = [
    { market: "MDP", department: "69", postalCode: null, introducerId: "lyon", advisorId: null },
    { market: "MDP", department: null, postalCode: "69003", introducerId: "part-dieu", advisorId: "claude" },
    { market: "MDE", department: "69", postalCode: null, introducerId: "entreprises", advisorId: null },
  ];
  const facts = (postalCode: string, current: RecordFacts["current"] = { introducerId: null, advisorId: null, assignmentSource: null }): RecordFacts => ({
    market: "MDP",
    sectorId: "rhone",
    postalCode,
    current,
  });
  const automatic = { mode: "automatic", level: "introducer" } as const;
  const membership = (userId: string) => (userId === "claude" ? "part-dieu-agence" : undefined);

  it("prefers the postal code's rule to the department's, within the record's market", () => {
    expect(mostSpecificRule(rules, "MDP", "69003")?.introducerId).toBe("part-dieu");
    expect(mostSpecificRule(rules, "MDP", "69001")?.introducerId).toBe("lyon");
    expect(mostSpecificRule(rules, "MDE", "69003")?.introducerId).toBe("entreprises");
    expect(mostSpecificRule(rules, "MDPRO", "69003")).toBeUndefined();
    expect(mostSpecificRule(rules, null, "69003")).toBeUndefined();
  });

  it("assigns by rule in automatic mode, and leaves the record unassigned without a rule", () => {
    expect(decideAssignment(facts("69001"), automatic, rules, membership)).toEqual({ market: "MDP", sectorId: "rhone", introducerId: "lyon", advisorId: null, assignmentSource: "rule" });
    expect(decideAssignment(facts("13008"), automatic, rules, membership)).toEqual({ market: "MDP", sectorId: "rhone", introducerId: null, advisorId: null, assignmentSource: null });
  });

  it("at the advisor level, takes the rule's advisor and the introducer of the advisor's membership", () => {
    expect(decideAssignment(facts("69003"), { mode: "automatic", level: "advisor" }, rules, membership)).toMatchObject({ introducerId: "part-dieu-agence", advisorId: "claude", assignmentSource: "rule" });
    expect(decideAssignment(facts("69003"), { mode: "automatic", level: "advisor" }, rules, () => undefined)).toMatchObject({ introducerId: "part-dieu", advisorId: null });
    expect(decideAssignment(facts("69003"), automatic, rules, membership)).toMatchObject({ introducerId: "part-dieu", advisorId: null });
  });

  it("keeps a manual assignment whatever the rules say, and touches nothing in manual mode", () => {
    const manual = { introducerId: "siege", advisorId: null, assignmentSource: "manual" } as const;
    expect(decideAssignment(facts("69001", manual), automatic, rules, membership)).toEqual({ market: "MDP", sectorId: "rhone", ...manual });
    const byRule = { introducerId: "old", advisorId: null, assignmentSource: "rule" } as const;
    expect(decideAssignment(facts("69001", byRule), { mode: "manual", level: "introducer" }, rules, membership)).toEqual({ market: "MDP", sectorId: "rhone", ...byRule });
  });
});
