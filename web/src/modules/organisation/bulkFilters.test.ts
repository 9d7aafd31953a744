import { describe, expect, it } from "vitest";
import { bulkRequest } from "./bulkFilters";

describe("bulk reassignment request", () => {
  it("waits for a destination introducer", () => {
    expect(bulkRequest({ target: "person", postalCode: "69003" })).toBeNull();
    expect(bulkRequest({ target: "person", introducerId: "  " })).toBeNull();
  });

  it("keeps the filters given, trimmed, and the advisor when chosen", () => {
    expect(bulkRequest({ target: "person", q: " martin ", category: "individual", postalCode: "", fromIntroducerId: "i1", introducerId: "i2", advisorId: "u9" })).toEqual({
      target: "person",
      filters: { q: "martin", category: "individual", introducerId: "i1" },
      introducerId: "i2",
      advisorId: "u9",
    });
  });

  it("drops the person category for companies, and the current assignee for the unassigned", () => {
    expect(bulkRequest({ target: "company", category: "professional", unassigned: true, fromIntroducerId: "i1", fromAdvisorId: "u1", introducerId: "i2" })).toEqual({
      target: "company",
      filters: { unassigned: true },
      introducerId: "i2",
    });
  });
});
