import { describe, expect, it } from "vitest";
import { agendaWindow, daysOf, fromLocalInput, isSameDay, nextHour, shiftAnchor, toLocalInput } from "./interactionTime";

describe("agenda windows and date-time inputs", () => {
  it("reads back what it writes in a datetime-local input, and refuses an incomplete one", () => {
    const date = new Date(2026, 2, 9, 14, 30);
    expect(toLocalInput(date)).toBe("2026-03-09T14:30");
    expect(fromLocalInput("2026-03-09T14:30")).toBe(date.toISOString());
    expect(fromLocalInput("2026-03-09")).toBeNull();
    expect(fromLocalInput("")).toBeNull();
  });

  it("plans at the next round hour by default", () => {
    expect(toLocalInput(nextHour(new Date(2026, 2, 9, 14, 5)))).toBe("2026-03-09T15:00");
    expect(toLocalInput(nextHour(new Date(2026, 2, 9, 23, 59)))).toBe("2026-03-10T00:00");
  });

  it("takes the week from Monday, even from a Sunday, and the day from midnight", () => {
    const sunday = new Date(2026, 2, 15, 18, 0);
    const week = agendaWindow("week", sunday);
    expect(week.from).toEqual(new Date(2026, 2, 9));
    expect(week.to).toEqual(new Date(2026, 2, 16));
    expect(daysOf(week)).toHaveLength(7);
    expect(agendaWindow("day", sunday)).toEqual({ from: new Date(2026, 2, 15), to: new Date(2026, 2, 16) });
    expect(agendaWindow("week", new Date(2026, 2, 9, 0, 0)).from).toEqual(new Date(2026, 2, 9));
  });

  it("moves by a day or a week, and places an instant on its local day", () => {
    expect(shiftAnchor("week", new Date(2026, 2, 9), 1)).toEqual(new Date(2026, 2, 16));
    expect(shiftAnchor("day", new Date(2026, 2, 1), -1)).toEqual(new Date(2026, 1, 28));
    expect(isSameDay(new Date(2026, 2, 9, 23, 30).toISOString(), new Date(2026, 2, 9))).toBe(true);
    expect(isSameDay(new Date(2026, 2, 10, 0, 30).toISOString(), new Date(2026, 2, 9))).toBe(false);
  });
});
