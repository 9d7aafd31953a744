// Small but real files for the demo attachments: a one-page PDF and a CSV, made here so that the
// seed needs no PDF library and no file of its own.

/** Text for a PDF string in WinAnsi (Latin-1 covers French): backslashes and parentheses escaped. */
const pdfText = (text: string): string => text.replace(/[\\()]/g, (character) => `\\${character}`);

/**
 * A valid one-page A4 PDF showing `lines` in Helvetica (the title larger), with a correct
 * cross-reference table: viewers open it without repairing it.
 */
export function onePagePdf(title: string, lines: readonly string[]): Buffer {
  const text = [`BT /F1 16 Tf 56 780 Td (${pdfText(title)}) Tj ET`, ...lines.map((line, index) => `BT /F1 11 Tf 56 ${748 - index * 18} Td (${pdfText(line)}) Tj ET`)].join("\n");
  const content = Buffer.from(text, "latin1");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
