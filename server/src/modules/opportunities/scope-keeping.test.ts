import { describe, expect, it } from "vitest";
import { assignmentLeavingScope } from "./scope-keeping.js";

const refused = (path: string) => [{ path, code: "opportunity.outside_data_scope" }];

describe("an opportunity's assignment kept within the caller's scope", () => {
  it("an introducer scope keeps its introducer, whatever the advisor", () => {
    const scope = { level: "introducer", userId: "u1", introducerId: "i1" } as const;
    expect(assignmentLeavingScope(scope, { introducerId: "i1", advisorId: "u9" })).toEqual([]);
    expect(assignmentLeavingScope(scope, { introducerId: "i2" })).toEqual(refused("introducerId"));
    expect(assignmentLeavingScope(scope, { introducerId: null })).toEqual(refused("introducerId"));
    expect(assignmentLeavingScope(scope, { advisorId: "u9" })).toEqual([]);
  });

  it("an own scope keeps its advisor, whatever the introducer", () => {
    const scope = { level: "own", userId: "u1", introducerId: "i1" } as const;
    expect(assignmentLeavingScope(scope, { advisorId: "u1", introducerId: "i2" })).toEqual([]);
    expect(assignmentLeavingScope(scope, { advisorId: "u2" })).toEqual(refused("advisorId"));
    expect(assignmentLeavingScope(scope, { advisorId: null })).toEqual(refused("advisorId"));
  });

  it("the whole tenant's scope may assign to anyone; fields not set are not checked", () => {
    expect(assignmentLeavingScope({ level: "all", userId: "u1", introducerId: null }, { introducerId: "i2", advisorId: "u2" })).toEqual([]);
    expect(assignmentLeavingScope({ level: "own", userId: "u1", introducerId: "i1" }, {})).toEqual([]);
  });
});
