import { normaliseOrias } from "./orias";
import type { IntroducerRecord } from "./types";

type IntroducerValues = Partial<Omit<IntroducerRecord, "address">> & {
  address?: { lines?: string[] | string | null; postalCode?: string | null; city?: string | null } | null;
};

/** Address lines are typed one per line in a single text box. */
export const linesToText = (lines: unknown): string => (Array.isArray(lines) ? lines.join("\n") : typeof lines === "string" ? lines : "");
export const textToLines = (text: unknown): string[] =>
  typeof text === "string" ? text.split("\n").map((line) => line.trim()).filter(Boolean) : Array.isArray(text) ? text.map(String) : [];

/**
 * The body sent to the API: an address or contact field left empty is none; the ORIAS number,
 * without the spaces typed for reading, only for a broker.
 */
export function introducerPayload(values: IntroducerValues): IntroducerValues {
  const lines = textToLines(values.address?.lines);
  const postalCode = values.address?.postalCode?.trim() ?? "";
  const city = values.address?.city?.trim() ?? "";
  const address = lines.length > 0 || postalCode || city ? { lines, postalCode, city } : null;
  const orias = values.kind === "broker" && values.oriasNumber ? normaliseOrias(values.oriasNumber) : null;
  const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
  return { ...values, address, phone: blankToNull(values.phone), email: blankToNull(values.email), contactName: blankToNull(values.contactName), oriasNumber: orias };
}
