/** Day and week windows of the agenda, and the local date-time inputs of the forms (the browser's time zone). */
export type AgendaView = "day" | "week";

const pad = (value: number) => String(value).padStart(2, "0");

/** `YYYY-MM-DDTHH:mm` in local time, what an `<input type="datetime-local">` holds. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant of a local date-time input, as the API takes it; null when the input is incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The next round hour: when a new interaction is planned by default. */
export function nextHour(now: Date): Date {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return next;
}

const startOfDay = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate());
const addDays = (date: Date, days: number): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The day of `anchor`, or its week from Monday (the French week), as [from, to). */
export function agendaWindow(view: AgendaView, anchor: Date): { from: Date; to: Date } {
  const day = startOfDay(anchor);
  if (view === "day") return { from: day, to: addDays(day, 1) };
  const monday = addDays(day, -((day.getDay() + 6) % 7));
  return { from: monday, to: addDays(monday, 7) };
}

/** The anchor one day or one week before or after. */
export const shiftAnchor = (view: AgendaView, anchor: Date, step: -1 | 1): Date => addDays(anchor, step * (view === "day" ? 1 : 7));

/** Each day of a window, at local midnight. */
export function daysOf(window: { from: Date; to: Date }): Date[] {
  const days: Date[] = [];
  for (let day = window.from; day < window.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whether an instant falls on a local day. */
export const isSameDay = (instant: string, day: Date): boolean => startOfDay(new Date(instant)).getTime() === day.getTime();
