import { useMemo } from "react";
import { useLocaleState } from "react-admin";

/** Instants as the UI shows them: the day and time, or only the time (in the agenda's day columns). */
export function useInstantFormat(): { dateTime: (iso: string | null) => string; time: (iso: string) => string; day: (date: Date) => string } {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const tag = locale === "en" ? "en-GB" : "fr-FR";
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "short", timeStyle: "short" });
    const time = new Intl.DateTimeFormat(tag, { timeStyle: "short" });
    const day = new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long" });
    return { dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : ""), time: (iso) => time.format(new Date(iso)), day: (date) => day.format(date) };
  }, [locale]);
}
