// How many results a referential search returns.

export const defaultSearchLimit = 20;

/** undefined or NaN → the fallback; otherwise the integer part, never below 0. */
export function resolveLimit(limit: number | undefined, fallback: number = defaultSearchLimit): number {
  if (limit === undefined || Number.isNaN(limit)) return fallback;
  return Math.max(0, Math.trunc(limit));
}
