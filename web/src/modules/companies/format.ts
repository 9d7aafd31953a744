import type { CompanyAddressView, CompanyRecord } from "./types";

const INTL_LOCALES: Readonly<Record<string, string>> = { fr: "fr-FR", en: "en-GB" };

/** How a company is named in notices and pickers. */
export const companyName = (company: Pick<CompanyRecord, "name">): string => company.name;

export function headOffice(company: Pick<CompanyRecord, "addresses"> | undefined | null): CompanyAddressView | undefined {
  return company?.addresses?.find((address) => address.kind === "head_office");
}

/** "75011 Paris" of the head office, or "". */
export function headOfficeLocality(company: Pick<CompanyRecord, "addresses"> | undefined | null): string {
  const address = headOffice(company);
  return address ? `${address.postalCode} ${address.city}` : "";
}

/** "1.50" as "1,5" in French, "1.5" in English. */
export function formatRate(rate: string | null | undefined, locale: string): string {
  if (!rate) return "";
  const value = Number(rate);
  return Number.isFinite(value) ? new Intl.NumberFormat(INTL_LOCALES[locale] ?? "fr-FR", { maximumFractionDigits: 2 }).format(value) : rate;
}
