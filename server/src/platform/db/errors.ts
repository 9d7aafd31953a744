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
