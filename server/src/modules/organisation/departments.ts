/**
 * The department of a French postal code: its first two digits, except Corsica (20: 200xx and 201xx
 * are Corse-du-Sud 2A, the others Haute-Corse 2B) and overseas (97x and 98x: three digits).
 * Undefined for anything that is not five digits.
 */
export function departmentOf(postalCode: string | null | undefined): string | undefined {
  const code = postalCode?.trim() ?? "";
  if (!/^\d{5}$/.test(code)) return undefined;
  if (code.startsWith("20")) return code[2] === "0" || code[2] === "1" ? "2A" : "2B";
  if (code.startsWith("97") || code.startsWith("98")) return code.slice(0, 3);
  return code.slice(0, 2);
}

/** A department code as the rules and sectors write it: 01–95 (not 20), 2A, 2B, 971–976. */
export function isDepartmentCode(value: string): boolean {
  return /^(0[1-9]|1\d|[3-8]\d|9[0-5]|2[AB]|97[1-6])$/.test(value) || /^2[1-9]$/.test(value);
}

export const isPostalCode = (value: string): boolean => /^\d{5}$/.test(value);
