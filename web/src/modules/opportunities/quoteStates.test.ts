import { describe, expect, it } from "vitest";
import { canCloseByHand, isLiveQuote, opportunityStateColor, quoteActions, quoteStateColor } from "./quoteStates";
import { OPPORTUNITY_STATES, QUOTE_STATES } from "./types";

describe("quote actions", () => {
  it("offers the ordinary path one step at a time", () => {
    const path = ["to_issue", "sent", "signed_pending_documents", "signed_pending_compliance", "compliant", "validated"] as const;
    for (let index = 0; index < path.length - 1; index += 1) {
      const from = path[index];
      const to = path[index + 1];
      if (!from || !to) throw new Error("path");
      expect(quoteActions(from).moves).toContain(to);
    }
  });

  it("offers cancelling apart, on any quote not yet validated or already cancelled", () => {
    for (const state of QUOTE_STATES) {
      const { moves, canCancel } = quoteActions(state);
      expect(moves).not.toContain("cancelled");
      expect(moves).not.toContain("expired");
      expect(canCancel).toBe(state !== "validated" && state !== "cancelled");
    }
  });

  it("offers nothing on a validated quote", () => {
    expect(quoteActions("validated")).toEqual({ moves: [], canCancel: false });
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
