/**
 * What a sector or an assignment rule may name: a French department (01–95 without 20, 2A, 2B,
 * 971–976) or a 5-digit postal code. Typed values are normalised ("2a" → "2A", " 69 " → "69").
 */
const DEPARTMENT = /^(0[1-9]|1\d|[3-8]\d|9[0-5]|2[AB]|97[1-6])$/;
const POSTAL_CODE = /^\d{5}$/;

export const normaliseCode = (value: string): string => value.trim().toUpperCase();

export const isDepartment = (value: string): boolean => DEPARTMENT.test(normaliseCode(value));
export const isPostalCode = (value: string): boolean => POSTAL_CODE.test(normaliseCode(value));

/**
 * Splits a pasted list ("69, 01; 38 42") into normalised codes, without repeats and in the order typed,
 * and tells apart what the check refuses.
 */
export function splitCodes(text: string, accept: (value: string) => boolean): { codes: string[]; rejected: string[] } {
  const codes: string[] = [];
  const rejected: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const code = normaliseCode(part);
    if (!code) continue;
    const bucket = accept(code) ? codes : rejected;
    if (!bucket.includes(code)) bucket.push(code);
  }
  return { codes, rejected };
}
