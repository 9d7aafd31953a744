import type { ImportLineError } from "../../platform/imports/import-lines.js";
import { contractKey, readContractRecord, reportKey, type ContractRecord } from "./contract-record.js";

export interface FeedLine {
  line: number;
  record: ContractRecord;
}

export interface ParsedFeed {
  /** Lines that are not blank. */
  read: number;
  valid: FeedLine[];
  errors: ImportLineError[];
  /** The lines refused here, by line number, with what names them (`sourceSystem/number` when readable). */
  rejected: Array<{ line: number; key: string }>;
  /** Valid lines a later line of the file names again (an older version of that contract): never written, reported unchanged. */
  superseded: Array<{ line: number; key: string }>;
}

const keyOf = (value: unknown): string => {
  if (value === null || typeof value !== "object") return "";
  const { sourceSystem, number } = value as Record<string, unknown>;
  return typeof sourceSystem === "string" && typeof number === "string" ? reportKey({ sourceSystem, number }) : "";
};

/**
 * Reads a JSON Lines feed (docs/interfaces/back-office-feed.md): one contract per line, blank lines
 * skipped, each line checked on its own against the record format. A line that is not JSON, or
 * not a valid record, is reported with every faulty member; the others are kept, in file order. A
 * contract twice in a file: only its last valid line, the newest version, is kept, so that a replay
 * of the file finds it unchanged rather than writing each older version again before the newest.
 */
export function parseFeed(text: string): ParsedFeed {
  const parsed: ParsedFeed = { read: 0, valid: [], errors: [], rejected: [], superseded: [] };
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === "") return;
    parsed.read += 1;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      parsed.errors.push({ line, column: "", code: "contract.feed_line_not_json" });
      parsed.rejected.push({ line, key: "" });
      return;
    }
    const { record, errors } = readContractRecord(value);
    if (!record) {
      for (const error of errors) parsed.errors.push({ line, column: error.path, code: error.code, ...(error.params ? { params: error.params } : {}) });
      parsed.rejected.push({ line, key: keyOf(value) });
      return;
    }
    parsed.valid.push({ line, record });
  });
  const lastLine = new Map(parsed.valid.map((feedLine) => [contractKey(feedLine.record), feedLine.line]));
  const latest: FeedLine[] = [];
  for (const feedLine of parsed.valid) {
    if (lastLine.get(contractKey(feedLine.record)) === feedLine.line) latest.push(feedLine);
    else parsed.superseded.push({ line: feedLine.line, key: reportKey(feedLine.record) });
  }
  parsed.valid = latest;
  return parsed;
}
