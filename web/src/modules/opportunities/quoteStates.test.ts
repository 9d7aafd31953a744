import { describe, expect, it } from "vitest";
import { canCloseByHand, isLiveQuote, opportunityStateColor, quoteActions, quoteStateColor } from "./quoteStates";
import { OPPORTUNITY_STATES, QUOTE_STATES } from "./types";

describe("quote actions", () => {
  it("offers the server's next states, cancelling apart and expiry left to the daily job", () => {
    expect(quoteActions({ nextStates: ["sent", "cancelled", "expired"] })).toEqual({ moves: ["sent"], canCancel: true });
    expect(quoteActions({ nextStates: ["validated", "middle_office_refused", "cancelled"] })).toEqual({ moves: ["validated", "middle_office_refused"], canCancel: true });
  });

  it("offers nothing when the server allows no move", () => {
    expect(quoteActions({ nextStates: [] })).toEqual({ moves: [], canCancel: false });
  });
});

describe("closing by hand", () => {
  it("needs an open opportunity without a live quote", () => {
    expect(canCloseByHand("need_detected", [])).toBe(true);
    expect(canCloseByHand("quote", [{ state: "sent" }])).toBe(false);
    expect(canCloseByHand("quote", [{ state: "cancelled" }, { state: "expired" }, { state: "void" }])).toBe(true);
    expect(canCloseByHand("lost", [])).toBe(false);
    expect(canCloseByHand("won", [{ state: "validated" }])).toBe(false);
  });

  it("counts as live only the quotes still in play", () => {
    expect(QUOTE_STATES.filter(isLiveQuote)).toEqual(["to_issue", "sent", "signed_pending_documents", "signed_pending_compliance", "compliant", "middle_office_refused", "middle_office_pending_documents"]);
  });
});

describe("state chips", () => {
  it("colour won green, lost red and out of target orange", () => {
    expect(opportunityStateColor("won")).toBe("success");
    expect(opportunityStateColor("lost")).toBe("error");
    expect(opportunityStateColor("out_of_target")).toBe("warning");
    expect(OPPORTUNITY_STATES.map(opportunityStateColor).every(Boolean)).toBe(true);
    expect(quoteStateColor("validated")).toBe("success");
  });
});
