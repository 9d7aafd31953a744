import type { FieldError } from "../../platform/http/problem.js";
import { originKinds, type OriginKind } from "./schema.js";

/** Codes are business keys (imports upsert by code): letters, digits, `_`, `.`, `-`. */
export const ORIGIN_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;
export const LABEL_MAX = 200;
/** 999,999,999.99 €: far above any operation's cost, far below the integer limits. */
export const MAX_COST_CENTS = 99_999_999_999;

export const isOriginKind = (value: string): value is OriginKind => (originKinds as readonly string[]).includes(value);

/** The end of an operation cannot come before its start (ISO dates compare as strings). */
export function checkOriginDates(startDate: string | null | undefined, endDate: string | null | undefined): FieldError[] {
  return startDate && endDate && endDate < startDate ? [{ path: "endDate", code: "origin.end_before_start" }] : [];
}

const isoDate = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

/** `YYYY-MM-DD` or `DD/MM/YYYY` (day and month on one or two digits) to an ISO date; undefined if not a real date. */
export function parseFrenchOrIsoDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) return isoDate(Number(french[3]), Number(french[2]), Number(french[1]));
  return undefined;
}

/**
 * An amount in euros to integer cents, without floating point: `1500`, `1500,5`, `1 500,50`,
 * `1500.50 €`. Spaces (also non-breaking) may group thousands. Negative amounts, more than two
 * decimals, or both a comma and a dot are refused (undefined).
 */
export function parseEuroCents(value: string): number | undefined {
  const text = value.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) && cents <= MAX_COST_CENTS ? cents : undefined;
}

/** Cents back to euros as French spreadsheets show them: `1500,50`. */
export function formatEuros(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}
