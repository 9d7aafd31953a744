/** A multipart/form-data request with one file part named `file`, as the upload routes take it. */
export function multipartFile(name: string, content: Buffer | string, contentType = "text/plain"): { headers: Record<string, string>; payload: Buffer } {
  const boundary = "----adhesia-test-upload";
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload };
}
