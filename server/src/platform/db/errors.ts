import { DrizzleQueryError } from "drizzle-orm/errors";

/** PostgreSQL's SQLSTATE of an error, looking through the wrapper Drizzle puts around driver errors. */
export function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown): boolean => sqlState(error) === "23505";

/** The constraint a foreign-key violation names (23503), so that a service can say which field refers to nothing. */
export function violatedForeignKey(error: unknown): string | undefined {
  if (sqlState(error) !== "23503") return undefined;
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === "string") return constraint;
  }
  return undefined;
}

/**
 * An error as it may be written down (logs, a job's error message). Drizzle's wrapper of a failed
 * query carries the query's parameters in its message and fields, and pg-boss's errors in a field:
 * password and key hashes, personal data. Drizzle's is replaced by the driver's error, which names
 * the query's fault without them; others lose the field.
 */
export function withoutQueryParameters(error: unknown): unknown {
  if (!(error instanceof Error) || !("params" in error)) return error;
  const cause = error instanceof DrizzleQueryError && error.cause instanceof Error ? error.cause : undefined;
  const safe = new Error(error instanceof DrizzleQueryError ? `${cause?.message ?? "query failed"} (in: ${error.query.slice(0, 500)})` : error.message);
  safe.name = error.name;
  safe.stack = cause?.stack ?? error.stack ?? safe.stack;
  const code = sqlState(error);
  return code ? Object.assign(safe, { code }) : safe;
}
