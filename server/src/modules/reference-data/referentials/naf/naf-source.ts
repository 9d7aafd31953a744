// NAF rév. 2 (INSEE) from @socialgouv/codes-naf: its index.json lists every level
// ("86", "86.2", "86.21", "86.21Z"); only divisions (level 2) and sous-classes (level 5) are kept.
import { z } from "zod";
import { lazy } from "../lazy.js";
import { toSearchWords } from "../normalise-text.js";
import { readPackageJson } from "../read-json.js";

export type NafLevel = 2 | 5;

export interface NafEntry {
  readonly code: string;
  readonly label: string;
  readonly level: NafLevel;
}

export interface IndexedNafEntry {
  readonly entry: NafEntry;
  /** The code without its dot, upper case: "8621Z". */
  readonly compactCode: string;
  readonly words: readonly string[];
}

const packageEntries = z.array(z.object({ id: z.string(), label: z.string() }));

const divisionCode = /^\d{2}$/;
const subclassCode = /^\d{2}\.\d{2}[A-Z]$/;

function levelOf(code: string): NafLevel | undefined {
  if (divisionCode.test(code)) return 2;
  if (subclassCode.test(code)) return 5;
  return undefined;
}

export function compactNafCode(code: string): string {
  return code.replace(/[\s.]/g, "").toUpperCase();
}

export function indexNafEntries(raw: unknown): IndexedNafEntry[] {
  const indexed: IndexedNafEntry[] = [];
  for (const { id, label } of packageEntries.parse(raw)) {
    const code = id.trim();
    const level = levelOf(code);
    if (level === undefined) continue;
    const entry: NafEntry = Object.freeze({ code, label: label.trim(), level });
    indexed.push(Object.freeze({ entry, compactCode: compactNafCode(code), words: toSearchWords(entry.label) }));
  }
  return indexed.sort((a, b) => (a.compactCode < b.compactCode ? -1 : a.compactCode > b.compactCode ? 1 : 0));
}

export const loadNafEntries = lazy(() => indexNafEntries(readPackageJson("@socialgouv/codes-naf/index.json")));
