import { describe, expect, it } from "vitest";
import { isAllowedTransition, quoteStates } from "./quote-states.js";
import { pathToValidated } from "./quote-validation.js";

describe("pathToValidated", () => {
  it("walks the shortest legal path from a quote just issued (signed with its documents: straight to compliance)", () => {
    expect(pathToValidated("to_issue")).toEqual(["sent", "signed_pending_compliance", "compliant", "validated"]);
  });

  it("takes one step from compliant, none from validated, and finds no way back from an end", () => {
    expect(pathToValidated("compliant")).toEqual(["validated"]);
    expect(pathToValidated("validated")).toEqual([]);
    for (const end of ["cancelled", "void", "invalidated", "expired"] as const) expect(pathToValidated(end)).toBeUndefined();
  });

  it("only ever takes transitions the state machine allows", () => {
    for (const from of quoteStates) {
      const path = pathToValidated(from);
      if (!path) continue;
      [from, ...path].slice(0, -1).forEach((state, index) => expect(isAllowedTransition(state, path[index] ?? "validated"), `${state} → ${path[index]}`).toBe(true));
    }
  });
});
