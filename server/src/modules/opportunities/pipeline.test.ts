import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { opportunityStates, type OpportunityState } from "./opportunity-states.js";
import { opportunityStateFromQuotes } from "./pipeline.js";
import { allowedNextStates, expirableStates, isAllowedTransition, quoteStates, type QuoteState } from "./quote-states.js";

describe("the state table: one quote and the opportunity state it implies", () => {
  const table: Array<[QuoteState, OpportunityState | "no change"]> = [
    ["to_issue", "proposal"],
    ["sent", "quote"],
    ["signed_pending_documents", "signed_pending_documents"],
    ["signed_pending_compliance", "signed_pending_compliance"],
    ["cancelled", "no change"],
    ["expired", "no change"],
    ["compliant", "signed_pending_back_office"],
    ["middle_office_refused", "proposal"],
    ["middle_office_pending_documents", "signed_pending_documents"],
    ["validated", "won"],
    ["invalidated", "out_of_target"],
    ["void", "lost"],
  ];
  it("covers every quote state once", () => {
    expect(table.map(([state]) => state).sort()).toEqual([...quoteStates].sort());
  });
  it.each(table)("%s → %s", (quote, expected) => {
    for (const current of opportunityStates) expect(opportunityStateFromQuotes(current, [quote])).toBe(expected === "no change" ? current : expected);
  });
  it("with no quote, the state does not change", () => {
    expect(opportunityStateFromQuotes("need_detected", [])).toBe("need_detected");
  });
});

describe("the multi-quote rule", () => {
  it("takes the most advanced positive state", () => {
    expect(opportunityStateFromQuotes("need_detected", ["to_issue", "sent"])).toBe("quote");
    expect(opportunityStateFromQuotes("need_detected", ["void", "sent", "invalidated"])).toBe("quote");
    expect(opportunityStateFromQuotes("need_detected", ["validated", "middle_office_refused"])).toBe("won");
    expect(opportunityStateFromQuotes("need_detected", ["compliant", "middle_office_pending_documents"])).toBe("signed_pending_back_office");
  });
  it("is out_of_target or lost only when every remaining quote maps there, out_of_target first", () => {
    expect(opportunityStateFromQuotes("quote", ["void", "void"])).toBe("lost");
    expect(opportunityStateFromQuotes("quote", ["void", "invalidated", "cancelled"])).toBe("out_of_target");
    expect(opportunityStateFromQuotes("quote", ["invalidated", "expired"])).toBe("out_of_target");
  });
  it("ignores cancelled and expired quotes, and keeps the state when only they remain", () => {
    expect(opportunityStateFromQuotes("quote", ["cancelled", "expired"])).toBe("quote");
    expect(opportunityStateFromQuotes("signed_pending_documents", ["cancelled"])).toBe("signed_pending_documents");
  });

  const quoteState = fc.constantFrom(...quoteStates);
  const opportunityState = fc.constantFrom(...opportunityStates);
  it("property: adding a cancelled or expired quote never changes the state", () => {
    fc.assert(
      fc.property(opportunityState, fc.array(quoteState, { maxLength: 8 }), fc.constantFrom<QuoteState>("cancelled", "expired"), fc.nat(8), (current, states, ignored, at) => {
        const withIgnored = [...states.slice(0, at), ignored, ...states.slice(at)];
        expect(opportunityStateFromQuotes(current, withIgnored)).toBe(opportunityStateFromQuotes(current, states));
      }),
      { numRuns: 2000 },
    );
  });
  it("property: the order of the quotes does not matter", () => {
    fc.assert(
      fc.property(opportunityState, fc.array(quoteState, { maxLength: 8 }), (current, states) => {
        expect(opportunityStateFromQuotes(current, [...states].reverse())).toBe(opportunityStateFromQuotes(current, states));
      }),
      { numRuns: 1000 },
    );
  });
  it("property: a won quote always wins; without a positive quote the state is negative or unchanged", () => {
    fc.assert(
      fc.property(opportunityState, fc.array(quoteState, { maxLength: 8 }), (current, states) => {
        const result = opportunityStateFromQuotes(current, states);
        if (states.includes("validated")) expect(result).toBe("won");
        const positive = states.some((state) => !["cancelled", "expired", "void", "invalidated"].includes(state));
        const remaining = states.some((state) => state !== "cancelled" && state !== "expired");
        if (!remaining) expect(result).toBe(current);
        else if (!positive) expect(["lost", "out_of_target"]).toContain(result);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the quote state machine", () => {
  it("allows the ordinary path", () => {
    const path: QuoteState[] = ["to_issue", "sent", "signed_pending_documents", "signed_pending_compliance", "compliant", "validated"];
    for (let index = 1; index < path.length; index += 1) expect(isAllowedTransition(path[index - 1] as QuoteState, path[index] as QuoteState)).toBe(true);
  });
  it("allows cancelling any quote not yet validated, and nothing after validated or cancelled", () => {
    for (const state of quoteStates.filter((candidate) => candidate !== "validated" && candidate !== "cancelled")) expect(isAllowedTransition(state, "cancelled"), state).toBe(true);
    expect(allowedNextStates("validated")).toEqual([]);
    expect(allowedNextStates("cancelled")).toEqual([]);
  });
  it("refuses going back, staying in place and skipping the signature", () => {
    expect(isAllowedTransition("sent", "to_issue")).toBe(false);
    expect(isAllowedTransition("sent", "sent")).toBe(false);
    expect(isAllowedTransition("to_issue", "validated")).toBe(false);
    expect(isAllowedTransition("validated", "cancelled")).toBe(false);
  });
  it("expires only quotes nobody signed", () => {
    expect([...expirableStates].sort()).toEqual(["middle_office_refused", "sent", "to_issue"]);
  });
});
