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
 * The one file of a multipart request, in the part `file`, refused unless its name and its bytes
 * agree on an allowed type, with the request's text fields (an attachment's `description`).
 */
export async function receiveUpload(request: FastifyRequest): Promise<ReceivedFile & { fields: Readonly<Record<string, string>> }> {
  const { files, fields } = await receiveParts(request, ["file"]);
  return { ...files.file, fields };
}

/**
 * The files of a multipart request sent together under the given field names (the contract
 * intake's three files), each checked like `receiveUpload`; a missing one is reported on its field.
 */
export async function receiveUploads<N extends string>(request: FastifyRequest, names: readonly N[]): Promise<Record<N, ReceivedFile>> {
  return (await receiveParts(request, names)).files;
}

/**
 * One file per name, and no other file: a part under another name, or a name sent twice, is refused
 * on that part (400 `file.unexpected_part`) rather than ignored, as a second `file` was, or cut by
 * the parser's file limit, which answered a misleading 413 "too large".
 */
async function receiveParts<N extends string>(request: FastifyRequest, names: readonly N[]): Promise<{ files: Record<N, ReceivedFile>; fields: Record<string, string> }> {
  const received = new Map<string, ReceivedFile>();
  const refused: Array<{ path: string; code: string }> = [];
  const fields: Record<string, string> = {};
  if (request.isMultipart()) {
    // One file more than the names is let through the parser's limit (deep-merged with the server's), so that it can be named.
    for await (const part of request.parts({ limits: { files: names.length + 1 } })) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      const expected = (names as readonly string[]).includes(part.fieldname) && !received.has(part.fieldname) && !refused.some((fault) => fault.path === part.fieldname);
      if (!expected) {
        part.file.resume();
        const params = { expected: names.join(", ") };
        throw new Problem(400, "file.unexpected_part", { params, errors: [{ path: part.fieldname, code: "file.unexpected_part", params }] });
      }
      const data = await part.toBuffer();
      const verdict = await checkFileType(part.filename, data);
      if (verdict.accepted) received.set(part.fieldname, { name: part.filename, contentType: verdict.contentType, data });
      else refused.push({ path: part.fieldname, code: verdict.reason });
    }
  }
  if (refused.length > 0) throw new Problem(415, refused[0]?.code ?? "file.type_not_allowed", { errors: refused });
  const missing = names.filter((name) => !received.has(name)).map((name) => ({ path: name, code: "file.missing" }));
  if (missing.length > 0) throw new Problem(400, "file.missing", { errors: missing });
  return { files: Object.fromEntries(received) as Record<N, ReceivedFile>, fields };
}
