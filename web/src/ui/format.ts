/** Display helpers shared by the record screens (persons, companies). */

const INTL_LOCALES: Readonly<Record<string, string>> = { fr: "fr-FR", en: "en-GB" };

/** Calling codes of the French numbering plan outside metropolitan France (overseas departments and collectivities). */
const OVERSEAS_CODES = ["262", "508", "590", "594", "596", "681", "687", "689"];

const pairs = (digits: string): string => digits.replace(/(\d{2})(?=\d)/g, "$1 ");

/**
 * How a stored E.164 number is shown, like the server's exports: "06 12 34 56 78" for a
 * metropolitan number, "+262 692 12 34 56" for an overseas one; anything else is left as stored.
 */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return "";
  const metropolitan = /^\+33(\d{9})$/.exec(value);
  if (metropolitan?.[1]) return pairs(`0${metropolitan[1]}`);
  const overseas = /^\+(\d{3})(\d{3})(\d{6})$/.exec(value);
  if (overseas?.[1] && overseas[2] && overseas[3] && OVERSEAS_CODES.includes(overseas[1])) return `+${overseas[1]} ${overseas[2]} ${pairs(overseas[3])}`;
  return value;
}

/** "12,5 Ko" in French, "12.5 KB" in English. */
export function formatSize(bytes: number, locale: string): string {
  const units = locale === "en" ? ["B", "KB", "MB", "GB"] : ["o", "Ko", "Mo", "Go"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}

/**
 * Euro cents as "1 234 567 €" (whole euros when there are no cents), in the UI language; with
 * `cents: true` always to the cent ("12,00 €"), as prices are shown.
 */
export function formatEuros(cents: number | null | undefined, locale: string, { cents: toTheCent = false }: { cents?: boolean } = {}): string {
  if (cents === null || cents === undefined) return "";
  const euros = cents / 100;
  const digits = toTheCent || !Number.isInteger(euros) ? 2 : 0;
  return new Intl.NumberFormat(INTL_LOCALES[locale] ?? "fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(euros);
}

/** A typed amount in euros ("1 234,56") as integer cents, or null when empty or not a number. */
export function centsOf(euros: unknown): number | null {
  if (euros === null || euros === undefined || euros === "") return null;
  const value = typeof euros === "number" ? euros : Number(String(euros).replace(/\s/g, "").replace(",", "."));
  return Number.isFinite(value) ? Math.round(value * 100) : null;
}

/** Today as an ISO day in the browser's time zone (a business date: no UTC shift late in the evening). */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
