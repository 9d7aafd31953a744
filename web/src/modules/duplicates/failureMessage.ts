import { problemOf } from "../../app/problem";

/** What to say in a dialog when a call fails: the problem's title and detail, then its field messages (localised by the server). */
export function failureMessage(failure: unknown, fallback: string): string {
  const fieldMessages = problemOf(failure)?.fieldErrors.map((entry) => entry.message) ?? [];
  const message = failure instanceof Error && failure.message ? failure.message : fallback;
  return [message, ...fieldMessages].join(" ");
}
