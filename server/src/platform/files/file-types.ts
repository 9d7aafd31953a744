import { fileTypeFromBuffer } from "file-type";

/** What users may upload: office documents, PDFs, images, CSV, JSON Lines and plain text. */
const allowedTypes = new Map<string, string[]>([
  ["application/pdf", [".pdf"]],
  ["image/png", [".png"]],
  ["image/jpeg", [".jpg", ".jpeg"]],
  ["image/gif", [".gif"]],
  ["image/webp", [".webp"]],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]],
  ["application/vnd.oasis.opendocument.spreadsheet", [".ods"]],
  ["application/vnd.oasis.opendocument.text", [".odt"]],
  ["text/csv", [".csv"]],
  ["text/plain", [".txt"]],
  // JSON Lines: the back office's daily contract feed (docs/interfaces/back-office-feed.md).
  ["application/jsonl", [".jsonl", ".ndjson"]],
]);

const textTypes = new Set(["text/csv", "text/plain", "application/jsonl"]);

export type FileTypeVerdict = { accepted: true; contentType: string } | { accepted: false; reason: "file.type_not_allowed" | "file.type_mismatch" };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

/**
 * Checks a file by its name and by its bytes: the declared extension must be allowed, and binary
 * formats must carry the signature of that format, so a renamed executable is refused.
 */
export async function checkFileType(name: string, data: Buffer): Promise<FileTypeVerdict> {
  const extension = extensionOf(name);
  const declared = [...allowedTypes].find(([, extensions]) => extensions.includes(extension))?.[0];
  if (!declared) return { accepted: false, reason: "file.type_not_allowed" };
  const detected = await fileTypeFromBuffer(data);
  if (textTypes.has(declared)) {
    const looksBinary = detected !== undefined || data.subarray(0, 8192).includes(0);
    return looksBinary ? { accepted: false, reason: "file.type_mismatch" } : { accepted: true, contentType: declared };
  }
  if (!detected) return { accepted: false, reason: "file.type_mismatch" };
  // OpenDocument and OOXML are zip archives; file-type names them precisely when it can.
  const compatible = detected.mime === declared || (detected.mime === "application/zip" && declared.includes("openxmlformats"));
  return compatible ? { accepted: true, contentType: declared } : { accepted: false, reason: "file.type_mismatch" };
}
