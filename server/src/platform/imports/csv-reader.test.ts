import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, parseCsv } from "./csv-reader.js";

describe("decodeText", () => {
  it("drops a UTF-8 BOM and keeps accents", () => {
    expect(decodeText(Buffer.from("\ufeffcode;libellé\n"))).toBe("code;libellé\n");
    expect(decodeText(Buffer.from("Événement"))).toBe("Événement");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    expect(decodeText(Buffer.from([0x53, 0x61, 0x6c, 0x6f, 0x6e, 0x20, 0xe9, 0x74, 0xe9]))).toBe("Salon été");
  });
});

describe("detectDelimiter", () => {
  it("picks the separator of the first line, ignoring quoted text", () => {
    expect(detectDelimiter("code;label\na,b,c;d\n")).toBe(";");
    expect(detectDelimiter("code,label\n")).toBe(",");
    expect(detectDelimiter('"a;b;c",x,y\n')).toBe(",");
    expect(detectDelimiter("code\n")).toBe(";");
  });
});

describe("parseCsv", () => {
  it("reads records with their line numbers, whatever the line ends", () => {
    expect(parseCsv("a;b\r\n1;2\n3;4\r5;6")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
      { line: 4, cells: ["5", "6"] },
    ]);
  });

  it("reads quoted fields with escaped quotes, separators and line breaks (RFC 4180)", () => {
    const records = parseCsv('code,label\nsalon,"Salon ""Senior"", Lyon"\nmulti,"deux\r\nlignes"\nnext,x\n', ",");
    expect(records).toEqual([
      { line: 1, cells: ["code", "label"] },
      { line: 2, cells: ["salon", 'Salon "Senior", Lyon'] },
      { line: 3, cells: ["multi", "deux\r\nlignes"] },
      { line: 5, cells: ["next", "x"] },
    ]);
  });

  it("skips blank lines but keeps their numbers counted, and keeps empty cells", () => {
    expect(parseCsv("a;b\n\n   \n1;\n;\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 4, cells: ["1", ""] },
      { line: 5, cells: ["", ""] },
    ]);
  });

  it("is lenient with an unterminated quote and with text after a closing quote", () => {
    expect(parseCsv('a;"b"c\n1;"open\n2', ";")).toEqual([
      { line: 1, cells: ["a", "bc"] },
      { line: 2, cells: ["1", "open\n2"] },
    ]);
  });

  it("reads an empty file as no record", () => {
    expect(parseCsv("")).toEqual([]);
  });
});

describe("parseCsv reads back what csv-stringify writes", () => {
  /** A small deterministic generator (mulberry32), so that a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = ["a", "é", "Z", "0", " ", ";", ",", '"', "\n", "\r\n", "€", "'"];

  it("for 300 random tables, with either separator", () => {
    const next = random(20260301);
    for (let round = 0; round < 300; round += 1) {
      const delimiter = next() < 0.5 ? ";" : ",";
      const width = 1 + Math.floor(next() * 5);
      const rows = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        Array.from({ length: width }, () => Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("")),
      );
      // A record whose cells are all blank is skipped by design; keep one visible character per row.
      for (const row of rows) row[0] = `k${row[0] ?? ""}`;
      // Excel and RFC 4180 quote any cell with a line break; csv-stringify only does for its own record delimiter unless told.
      const text = stringify(rows, { delimiter, record_delimiter: next() < 0.5 ? "unix" : "windows", quoted_match: /[\r\n]/ });
      expect(parseCsv(text, delimiter).map((record) => record.cells), text).toEqual(rows);
    }
  });
});
