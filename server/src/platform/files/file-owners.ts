import type { RequestContext } from "../auth/context.js";
import type { Executor } from "../db/database.js";

/** What a holder of a file says about one caller: it does not hold the file, or it does and lets them read it or not. */
export type FileAccess = "not_held" | "allowed" | "denied";

/**
 * Something that keeps stored files — a job's input and results, a record's attachments — and
 * so decides who may download them. Modules declare theirs with `FileService.registerOwner`.
 */
export interface FileOwner {
  /** Names the holder in code and logs: "job_runs", "person_attachments". */
  name: string;
  access(tx: Executor, ctx: RequestContext, fileId: string): Promise<FileAccess>;
}

/**
 * Whether the caller may download a file: through at least one of the holders that keep it. A file
 * that no holder keeps (a plain upload to `POST /api/v1/files`) needs nothing beyond `file:read`.
 */
export async function mayDownload(tx: Executor, ctx: RequestContext, fileId: string, owners: readonly FileOwner[]): Promise<boolean> {
  let held = false;
  for (const owner of owners) {
    const access = await owner.access(tx, ctx, fileId);
    if (access === "allowed") return true;
    held ||= access === "denied";
  }
  return !held;
}
