import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { Problem } from "../http/problem.js";
import { checkFileType } from "./file-types.js";

declare module "fastify" {
  interface FastifySchema {
    /**
     * The parts of a multipart/form-data request, for the route's OpenAPI request body only: Fastify
     * does not validate them, the route reads them itself once the caller is allowed (`receiveUpload`).
     */
    multipart?: z.ZodObject;
  }
}

const uploadedFile = z.file().describe("One file: its name's extension and its bytes must agree on an accepted type (docs/api.md, Files)");

/** The schema members of a route taking the given files as multipart/form-data, after the given text fields. */
export function multipartUpload(files: readonly string[], fields: z.ZodRawShape = {}): { consumes: readonly string[]; multipart: z.ZodObject } {
  return { consumes: ["multipart/form-data"], multipart: z.object({ ...fields, ...Object.fromEntries(files.map((name) => [name, uploadedFile])) }) };
}

export interface ReceivedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/**
 * The one file of a multipart request, refused unless its name and its bytes agree on an allowed
 * type, with the text fields sent before it (an attachment's `description`).
 */
export async function receiveUpload(request: FastifyRequest): Promise<ReceivedFile & { fields: Readonly<Record<string, string>> }> {
  const part = request.isMultipart() ? await request.file() : undefined;
  if (!part) throw new Problem(400, "file.missing", { errors: [{ path: "file", code: "file.missing" }] });
  const data = await part.toBuffer();
  const verdict = await checkFileType(part.filename, data);
  if (!verdict.accepted) throw new Problem(415, verdict.reason, { errors: [{ path: "file", code: verdict.reason }] });
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(part.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value?.type === "field" && typeof value.value === "string") fields[name] = value.value;
  }
  return { name: part.filename, contentType: verdict.contentType, data, fields };
}

/**
 * The files of a multipart request sent together under the given field names (the contract
 * intake's three files), each checked like `receiveUpload`; a missing one is reported on its field.
 */
export async function receiveUploads<N extends string>(request: FastifyRequest, names: readonly N[]): Promise<Record<N, ReceivedFile>> {
  const received = new Map<string, ReceivedFile>();
  const refused: Array<{ path: string; code: string }> = [];
  if (request.isMultipart()) {
    // One file per request is the server-wide limit; these routes take one per name (deep-merged, the size limit stays).
    for await (const part of request.files({ limits: { files: names.length } })) {
      const data = await part.toBuffer();
      if (!(names as readonly string[]).includes(part.fieldname) || received.has(part.fieldname)) continue;
      const verdict = await checkFileType(part.filename, data);
      if (verdict.accepted) received.set(part.fieldname, { name: part.filename, contentType: verdict.contentType, data });
      else refused.push({ path: part.fieldname, code: verdict.reason });
    }
  }
  if (refused.length > 0) throw new Problem(415, refused[0]?.code ?? "file.type_not_allowed", { errors: refused });
  const missing = names.filter((name) => !received.has(name)).map((name) => ({ path: name, code: "file.missing" }));
  if (missing.length > 0) throw new Problem(400, "file.missing", { errors: missing });
  return Object.fromEntries(received) as Record<N, ReceivedFile>;
}
