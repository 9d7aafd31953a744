import { headcountBands, searchIdcc, searchNaf, type HeadcountBandCode, type IdccEntry, type NafEntry } from "../reference-data/index.js";

/**
 * The NAF sous-classe (level 5) a code stands for, whatever way it is typed ("86.21Z", "8621z",
 * "86 21 Z"); undefined for a division, a class or a code that does not exist.
 */
export function findNafSubclass(code: string): NafEntry | undefined {
  const compact = code.replace(/[\s.]/g, "").toUpperCase();
  if (!/^\d{4}[A-Z]$/.test(compact)) return undefined;
  return searchNaf(compact, { level: 5, limit: 1 }).find((entry) => entry.code.replace(".", "") === compact);
}

/** The convention collective of an IDCC typed with or without its leading zeros ("16", "0016"); undefined if unknown. */
export function findIdcc(code: string): IdccEntry | undefined {
  const digits = code.replace(/\s/g, "");
  if (!/^\d{1,4}$/.test(digits)) return undefined;
  const padded = digits.padStart(4, "0");
  return searchIdcc(padded, { limit: 10 }).find((entry) => entry.idcc === padded);
}

const bandCodes = new Set<string>(headcountBands.map((band) => band.code));

export function isHeadcountBand(code: string): code is HeadcountBandCode {
  return bandCodes.has(code);
}

export function headcountBandLabel(code: string | null): string | undefined {
  return code === null ? undefined : headcountBands.find((band) => band.code === code)?.labelFr;
}
