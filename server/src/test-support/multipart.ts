/** A multipart/form-data request with the given file parts, in order. */
export function multipartParts(parts: ReadonlyArray<{ field: string; name: string; content: Buffer | string; contentType?: string }>): { headers: Record<string, string>; payload: Buffer } {
  const boundary = "----adhesia-test-upload";
  const payload = Buffer.concat([
    ...parts.map((part) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.name}"\r\nContent-Type: ${part.contentType ?? "text/plain"}\r\n\r\n`), Buffer.from(part.content), Buffer.from("\r\n")]),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
}

/** A multipart/form-data request with one file part named `file`, as the upload routes take it. */
export function multipartFile(name: string, content: Buffer | string, contentType = "text/plain"): { headers: Record<string, string>; payload: Buffer } {
  return multipartParts([{ field: "file", name, content, contentType }]);
}
