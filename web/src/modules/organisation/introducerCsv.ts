import type { IntroducerRecord } from "./types";

const HEADER = ["code", "nom", "type", "adresse", "code_postal", "ville", "contact", "telephone", "email", "orias", "actif"];

/** A CSV cell: quoted when it holds the separator, a quote or a line break (RFC 4180). */
const cell = (value: string): string => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The introducers as a CSV with a ";" separator (what French spreadsheets open directly); `kindLabel`
 * gives the type in the UI language.
 */
export function introducersCsv(records: readonly IntroducerRecord[], kindLabel: (kind: IntroducerRecord["kind"]) => string): string {
  const rows = records.map((record) => [
    record.code,
    record.name,
    kindLabel(record.kind),
    (record.address?.lines ?? []).join(", "),
    record.address?.postalCode ?? "",
    record.address?.city ?? "",
    record.contactName ?? "",
    record.phone ?? "",
    record.email ?? "",
    record.oriasNumber ?? "",
    record.active ? "oui" : "non",
  ]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(";")).join("\r\n");
}
