import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../auth/context.js";
import type { Database, Executor } from "../db/database.js";
import { readAsTenant } from "../db/tenant-transaction.js";
import { notFound } from "../http/problem.js";
import { newId } from "../ids.js";
import { mayDownload, type FileOwner } from "./file-owners.js";
import { storedFiles } from "./schema.js";
import type { FileStorage } from "./storage.js";

export interface StoredFileView {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

function toView(row: typeof storedFiles.$inferSelect): StoredFileView {
  return { id: row.id, name: row.name, contentType: row.contentType, sizeBytes: row.sizeBytes, sha256: row.sha256, createdAt: row.createdAt.toISOString() };
}

export class FileService {
  private readonly owners: FileOwner[] = [];

  constructor(
    private readonly database: Database,
    private readonly storage: FileStorage,
  ) {}

  /** Declares a holder of files, consulted by `openForDownload` (jobs, attachments of each kind of record). */
  registerOwner(owner: FileOwner): void {
    this.owners.push(owner);
  }

  /**
   * Stores the bytes first and the metadata in the caller's transaction: a failed transaction
   * leaves an orphan object at worst, never a row pointing at nothing.
   */
  async save(tx: Executor, ctx: RequestContext, file: { name: string; contentType: string; data: Buffer }): Promise<StoredFileView> {
    const id = newId();
    const storageKey = `${ctx.tenantId}/${id.slice(0, 2)}/${id}`;
    await this.storage.put(storageKey, file.data, file.contentType);
    const [row] = await tx
      .insert(storedFiles)
      .values({
        tenantId: ctx.tenantId,
        id,
        name: file.name,
        contentType: file.contentType,
        sizeBytes: file.data.length,
        sha256: createHash("sha256").update(file.data).digest("hex"),
        storageKey,
        createdBy: ctx.userId,
        updatedBy: ctx.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    return toView(row);
  }

  /**
   * Forgets a file its holder let go (a deleted attachment), unless another holder still keeps it:
   * the metadata in the caller's transaction, so that nobody can download it from then on, and the
   * bytes by the step it returns, to run once that transaction has committed (a rollback keeps them).
   */
  async discardIn(tx: Executor, ctx: RequestContext, fileId: string): Promise<() => Promise<void>> {
    for (const owner of this.owners) if ((await owner.access(tx, ctx, fileId)) !== "not_held") return async () => undefined;
    const [row] = await tx
      .delete(storedFiles)
      .where(and(eq(storedFiles.tenantId, ctx.tenantId), eq(storedFiles.id, fileId)))
      .returning({ storageKey: storedFiles.storageKey });
    return async () => {
      if (row) await this.storage.remove(row.storageKey);
    };
  }

  /** Any file of the tenant, for code that already decided the caller may have it (a job's own file). */
  async open(ctx: RequestContext, id: string): Promise<{ file: StoredFileView; stream: Readable }> {
    return this.openIf(ctx, id, async () => true);
  }

  /**
   * A file for `GET /api/v1/files/{id}`: only if one of its holders lets the caller read it (see
   * file-owners.ts). Otherwise 404, as for a file that does not exist.
   */
  async openForDownload(ctx: RequestContext, id: string): Promise<{ file: StoredFileView; stream: Readable }> {
    return this.openIf(ctx, id, (tx) => mayDownload(tx, ctx, id, this.owners));
  }

  private async openIf(ctx: RequestContext, id: string, allowed: (tx: Executor) => Promise<boolean>): Promise<{ file: StoredFileView; stream: Readable }> {
    const row = await readAsTenant(this.database, ctx, async (tx) => {
      const [found] = await tx.select().from(storedFiles).where(and(eq(storedFiles.tenantId, ctx.tenantId), eq(storedFiles.id, id)));
      return found && (await allowed(tx)) ? found : undefined;
    });
    if (!row) throw notFound();
    return { file: toView(row), stream: await this.storage.read(row.storageKey) };
  }
}

/** `attachment; filename=…` with the RFC 6266 UTF-8 form, so accented French names survive. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
