import { describe, expect, it } from "vitest";
import { rulePayload, validateRule } from "./ruleForm";

describe("assignment rule form", () => {
  it("asks for exactly one place, in its format", () => {
    expect(validateRule({ market: "MDP" })).toHaveProperty("postalCode", "adhesia.organisation.rules.place_required");
    expect(validateRule({ postalCode: "69003", department: "69" })).toHaveProperty("department", "adhesia.organisation.rules.place_required");
    expect(validateRule({ postalCode: "6900" })).toEqual({ postalCode: "adhesia.organisation.rules.postal_code_invalid" });
    expect(validateRule({ department: "20" })).toEqual({ department: "adhesia.organisation.rules.department_invalid" });
    expect(validateRule({ department: "2a" })).toEqual({});
    expect(validateRule({ postalCode: "69003", department: " " })).toEqual({});
  });

  it("sends the place normalised and the other one as null", () => {
    expect(rulePayload({ market: "MDE", department: " 2a ", postalCode: "", introducerId: "i1", advisorId: "" })).toEqual({
      market: "MDE",
      department: "2A",
      postalCode: null,
      introducerId: "i1",
      advisorId: null,
    });
  });
});
