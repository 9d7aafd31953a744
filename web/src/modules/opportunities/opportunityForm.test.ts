import { describe, expect, it } from "vitest";
import { premiumFormat, premiumParse, toOpportunityPayload } from "./opportunityForm";

describe("opportunity form", () => {
  it("types the premium in euros and stores it in cents", () => {
    expect(premiumFormat(123_450)).toBe("1234.5");
    expect(premiumFormat(null)).toBe("");
    expect(premiumParse("1 234,50")).toBe(123_450);
    expect(premiumParse("")).toBeNull();
  });

  it("creates with the holder and without what is left empty (the server's defaults apply)", () => {
    const payload = toOpportunityPayload({ personId: "p1", domain: "health", originId: "o1", introducerId: null, description: "", probability: 40, state: "won" }, { withHolder: true });
    expect(payload).toEqual({ personId: "p1", domain: "health", originId: "o1", probability: 40 });
  });

  it("edits without the holder or the state, emptied fields as null", () => {
    const payload = toOpportunityPayload({ personId: "p1", domain: "protection", description: "", advisorId: null, state: "won", closedReason: "x" }, { withHolder: false });
    expect(payload).toEqual({ domain: "protection", description: null, advisorId: null });
  });
});
