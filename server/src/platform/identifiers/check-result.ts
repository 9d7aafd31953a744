/**
 * Outcome of checking a structured identifier (SIREN, SIRET, NIR). A failure says whether the
 * shape is wrong or only the check key disagrees, because users fix them differently: a wrong
 * length is usually a copy cut short, a wrong key a mistyped digit.
 */
export type IdentifierCheck = { ok: true; value: string } | { ok: false; reason: "format" | "key" };

/** People paste identifiers from PDFs and letters, grouped by spaces (often non-breaking ones). */
export function withoutSpaces(value: string): string {
  return value.replace(/\s+/g, "");
}
