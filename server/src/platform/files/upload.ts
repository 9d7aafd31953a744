import type { FastifyRequest } from "fastify";
import { Problem } from "../http/problem.js";
import { checkFileType } from "./file-types.js";

export interface ReceivedFile {
  name: string;
  contentType: string;
  data: Buffer;
}

/** The one file of a multipart request, refused unless its name and its bytes agree on an allowed type. */
export async function receiveUpload(request: FastifyRequest): Promise<ReceivedFile> {
  const part = request.isMultipart() ? await request.file() : undefined;
  if (!part) throw new Problem(400, "file.missing", { errors: [{ path: "file", code: "file.missing" }] });
  const data = await part.toBuffer();
  const verdict = await checkFileType(part.filename, data);
  if (!verdict.accepted) throw new Problem(415, verdict.reason, { errors: [{ path: "file", code: verdict.reason }] });
  return { name: part.filename, contentType: verdict.contentType, data };
}
