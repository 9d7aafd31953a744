const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date (ISO `YYYY-MM-DD`) as French readers write it, `JJ/MM/AAAA`; empty for none. */
export function frenchDateText(iso: string | null): string {
  if (!iso) return "";
  const [, year, month, day] = isoDate.exec(iso.slice(0, 10)) ?? [];
  return year && month && day ? `${day}/${month}/${year}` : iso;
}

export const isIsoDate = (text: string): boolean => isoDate.test(text);

const franceDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The day (ISO) an instant falls on in metropolitan France, where the mutuals work: from 00:00 to
 * 01:00 or 02:00 in Paris the UTC day is still yesterday, and a quote issued then was dated, numbered
 * (on 1 January) and checked against the day before.
 */
export const dayInFrance = (instant: Date = new Date()): string => franceDay.format(instant);
