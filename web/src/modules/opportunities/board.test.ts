import { describe, expect, it } from "vitest";
import { boardQuery, openTotals, orderedColumns } from "./board";
import type { BoardColumn } from "./types";

const column = (state: BoardColumn["state"], count: number, premium: number): BoardColumn => ({ state, count, expectedAnnualPremiumCents: premium, cards: [] });

describe("pipeline board", () => {
  it("shows every state in the order a sale advances, the closes last, missing ones empty", () => {
    const columns = orderedColumns([column("lost", 2, 100), column("need_detected", 3, 300), column("won", 1, 50)]);
    expect(columns.map((entry) => entry.state)).toEqual([
      "need_detected",
      "proposal",
      "quote",
      "signed_pending_documents",
      "signed_pending_compliance",
      "signed_pending_back_office",
      "won",
      "out_of_target",
      "lost",
    ]);
    expect(columns[0]?.count).toBe(3);
    expect(columns[1]).toEqual(column("proposal", 0, 0));
  });

  it("totals the open columns only", () => {
    expect(openTotals([column("need_detected", 3, 300_00), column("quote", 2, 150_00), column("won", 5, 999_00), column("lost", 1, 10_00)])).toEqual({ count: 5, expectedAnnualPremiumCents: 450_00 });
  });

  it("asks for the chosen filters only", () => {
    expect(boardQuery({ introducerId: "i1", advisorId: null, domain: "health" }, 12)).toBe("introducerId=i1&domain=health&cards=12");
    expect(boardQuery({}, 5)).toBe("cards=5");
  });
});
