/** One record of a CSV file and the file line it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Decodes a text file: UTF-8 with or without BOM; bytes that are not valid UTF-8 are read as
 * Windows-1252, what Excel in French writes when saving "CSV (séparateur : point-virgule)".
 */
export function decodeText(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder("windows-1252").decode(data);
  }
  return text.startsWith("\ufeff") ? text.slice(1) : text;
}

/** `;` or `,`: whichever appears more often outside quotes on the first line (`;` on a tie). */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * A small RFC 4180 reader: quoted fields with `""` escapes and line breaks, CRLF, LF or CR line
 * ends. It is lenient where files in the wild are sloppy: text after a closing quote is kept, and an
 * unterminated quote runs to the end of the file. Blank lines are skipped.
 */
export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let blank = true;
  const endRecord = () => {
    cells.push(cell);
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
    blank = true;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[index + 1] !== "\n")) line += 1;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
      blank = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      blank = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      if (char.trim() !== "") blank = false;
    }
  }
  if (cell !== "" || cells.length > 0 || quoted) endRecord();
  return records;
}
