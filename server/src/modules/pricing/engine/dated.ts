/** A value in force from a date (ISO yyyy-mm-dd) until the next one starts. */
export interface Dated<T> {
  from: string;
  value: T;
}

/** The value in force on `date`, or undefined before the first one. ISO dates compare as text. */
export function inForce<T>(values: readonly Dated<T>[], date: string): T | undefined {
  let found: Dated<T> | undefined;
  for (const candidate of values) {
    if (candidate.from <= date && (!found || candidate.from > found.from)) found = candidate;
  }
  return found?.value;
}
