const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date (ISO `YYYY-MM-DD`) as French readers write it, `JJ/MM/AAAA`; empty for none. */
export function frenchDateText(iso: string | null): string {
  if (!iso) return "";
  const [, year, month, day] = isoDate.exec(iso.slice(0, 10)) ?? [];
  return year && month && day ? `${day}/${month}/${year}` : iso;
}

export const isIsoDate = (text: string): boolean => isoDate.test(text);
