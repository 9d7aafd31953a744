import { describe, expect, it } from "vitest";
import { agendaRangeErrors, canComplete, endedAtErrors, isOverdue, recordErrors, recordsWithOpportunity } from "./interaction-rules.js";

const now = new Date("2026-03-10T10:00:00Z");

describe("interaction rules", () => {
  it("needs a person or a company, naming both fields when neither is given", () => {
    expect(recordErrors({ personId: "p" })).toEqual([]);
    expect(recordErrors({ companyId: "c" })).toEqual([]);
    expect(recordErrors({ personId: null, companyId: undefined }).map((error) => error.path)).toEqual(["personId", "companyId"]);
  });

  it("takes from the opportunity what the interaction leaves out, and refuses a contradiction", () => {
    expect(recordsWithOpportunity({}, { personId: "p" })).toEqual({ records: { personId: "p", companyId: null }, errors: [] });
    expect(recordsWithOpportunity({ personId: "contact" }, { companyId: "c" })).toEqual({ records: { personId: "contact", companyId: "c" }, errors: [] });
    expect(recordsWithOpportunity({ personId: "p" }, { personId: "p" }).errors).toEqual([]);
    expect(recordsWithOpportunity({ personId: "other" }, { personId: "p" }).errors).toEqual([{ path: "opportunityId", code: "interaction.opportunity_mismatch" }]);
    expect(recordsWithOpportunity({ companyId: "other" }, { companyId: "c" }).errors).toHaveLength(1);
  });

  it("refuses an end in the future beyond a few minutes of clock skew", () => {
    expect(endedAtErrors(new Date("2026-03-10T10:04:00Z"), now, "endedAt")).toEqual([]);
    expect(endedAtErrors(new Date("2026-03-09T10:00:00Z"), now, "endedAt")).toEqual([]);
    expect(endedAtErrors(new Date("2026-03-10T10:06:00Z"), now, "completion.endedAt")).toEqual([{ path: "completion.endedAt", code: "interaction.ended_in_future" }]);
  });

  it("completes only planned interactions; overdue means planned and past", () => {
    expect(canComplete("planned")).toBe(true);
    expect(canComplete("done")).toBe(false);
    expect(isOverdue("planned", new Date("2026-03-10T09:59:00Z"), now)).toBe(true);
    expect(isOverdue("planned", new Date("2026-03-10T10:01:00Z"), now)).toBe(false);
    expect(isOverdue("done", new Date("2026-03-01T10:00:00Z"), now)).toBe(false);
  });

  it("accepts a day or a week of agenda, not a reversed or too long window", () => {
    expect(agendaRangeErrors(new Date("2026-03-09T00:00:00Z"), new Date("2026-03-16T00:00:00Z"))).toEqual([]);
    expect(agendaRangeErrors(new Date("2026-03-09T00:00:00Z"), new Date("2026-03-09T00:00:00Z"))[0]?.code).toBe("interaction.agenda_range_reversed");
    expect(agendaRangeErrors(new Date("2026-03-01T00:00:00Z"), new Date("2026-05-01T00:00:00Z"))[0]?.code).toBe("interaction.agenda_range_too_long");
  });
});
