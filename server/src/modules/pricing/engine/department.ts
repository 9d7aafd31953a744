/**
 * The department of a French postal code, as zone tables name it: two digits, three overseas
 * (971–976, 986–988), and Corsica split into 2A (20000–20199) and 2B (20200 and above).
 */
export function departmentOf(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  if (postalCode.startsWith("20")) return Number(postalCode) < 20200 ? "2A" : "2B";
  if (/^9[78]/.test(postalCode)) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

/** The departments a zone table may name: 01–19, 2A, 2B, 21–95 and overseas 971–976 (no 20 since 1976, no 00). */
export function isDepartment(code: string): boolean {
  return /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/.test(code);
}
