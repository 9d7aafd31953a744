import { and, desc, eq, getTableName } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { hasPermission, requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import type { FileService } from "../../platform/files/file-service.js";
import { storedFiles } from "../../platform/files/schema.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { invalidFields, notFound } from "../../platform/http/problem.js";
import type { AttachmentsTable } from "./schema.js";

/** An attached file as the attachments tabs of persons, companies and quotes answer it. */
export const attachmentViewSchema = z.object({ id: z.uuid(), fileId: z.uuid(), name: z.string(), contentType: z.string(), sizeBytes: z.number().int(), description: z.string().nullable(), createdAt: z.string() });
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

const DESCRIPTION_MAX = 500;
/** The upload's optional `description` part, as the OpenAPI document shows it. */
export const attachmentDescriptionPart = z.string().max(DESCRIPTION_MAX).optional().describe("Sent before the file; trimmed");

/** The kind of record files are attached to: its attachments table, permissions and how to tell it exists. */
export interface AttachmentOwner {
  /** Audit entity of the record ("person"); its attachments are audited as "person_attachment". */
  entity: string;
  table: AttachmentsTable;
  permissions: { read: string; write: string };
  exists(tx: Executor, reader: ScopedReader, ownerId: string): Promise<boolean>;
}

/**
 * The attachments tab of a record, whatever its kind (persons, companies). An attached file is
 * downloaded (`GET /api/v1/files/{id}`) only with the read permission of its record's kind, and
 * only by a caller whose data scope holds the record.
 */
export class AttachmentsService {
  constructor(
    private readonly database: Database,
    private readonly files: FileService,
    private readonly owner: AttachmentOwner,
  ) {
    const attachments = owner.table;
    // Downloaded with the read permission of the record's kind, and only if the record is in the caller's data scope.
    files.registerOwner({
      name: getTableName(attachments),
      async access(tx, ctx, fileId) {
        const held = await tx.select({ ownerId: attachments.ownerId }).from(attachments).where(and(eq(attachments.tenantId, ctx.tenantId), eq(attachments.fileId, fileId)));
        if (held.length === 0) return "not_held";
        if (!hasPermission(ctx, owner.permissions.read)) return "denied";
        for (const { ownerId } of held) if (await owner.exists(tx, ctx, ownerId)) return "allowed";
        return "denied";
      },
    });
  }

  /** What the tab's routes declare, so that they refuse a caller before reading the request. */
  get permissions(): AttachmentOwner["permissions"] {
    return this.owner.permissions;
  }

  async list(ctx: RequestContext, ownerId: string): Promise<AttachmentView[]> {
    requirePermission(ctx, this.owner.permissions.read);
    const attachments = this.owner.table;
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
      const rows = await tx
        .select({ attachment: attachments, file: storedFiles })
        .from(attachments)
        .innerJoin(storedFiles, and(eq(storedFiles.tenantId, attachments.tenantId), eq(storedFiles.id, attachments.fileId)))
        .where(and(eq(attachments.tenantId, ctx.tenantId), eq(attachments.ownerId, ownerId)))
        .orderBy(desc(attachments.createdAt));
      return rows.map(({ attachment, file }) => ({
        id: attachment.id,
        fileId: file.id,
        name: file.name,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        description: attachment.description,
        createdAt: attachment.createdAt.toISOString(),
      }));
    });
  }

  /** Refuses a caller who may not attach files to the record, or cannot see it, before any upload is read. */
  async checkWritable(ctx: RequestContext, ownerId: string): Promise<void> {
    requirePermission(ctx, this.owner.permissions.write);
    const exists = await readAsTenant(this.database, ctx, (tx) => this.owner.exists(tx, ctx, ownerId));
    if (!exists) throw notFound();
  }

  /** `description`: the multipart field sent before the file, optional, at most 500 characters. */
  async add(ctx: RequestContext, ownerId: string, upload: ReceivedFile, description: string | undefined): Promise<AttachmentView> {
    requirePermission(ctx, this.owner.permissions.write);
    if (description !== undefined && description.trim().length > DESCRIPTION_MAX) throw invalidFields([{ path: "description", code: "validation.too_big", params: { maximum: DESCRIPTION_MAX } }]);
    return withTenant(this.database, ctx, (tx) => this.addIn(tx, ctx, ownerId, upload, description));
  }

  /** Attaches a file in the caller's transaction, for a record that keeps more about it (a company's demography). */
  async addIn(tx: Executor, ctx: RequestContext, ownerId: string, upload: ReceivedFile, description: string | undefined): Promise<AttachmentView> {
    requirePermission(ctx, this.owner.permissions.write);
    if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
    const file = await this.files.save(tx, ctx, upload);
    const [row] = await tx
      .insert(this.owner.table)
      .values({ tenantId: ctx.tenantId, ownerId, fileId: file.id, description: description?.trim() || null, createdBy: ctx.userId, updatedBy: ctx.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, ctx, { entity: `${this.owner.entity}_attachment`, entityId: row.id, before: null, after: { [`${this.owner.entity}Id`]: ownerId, fileId: file.id, name: file.name } });
    return { id: row.id, fileId: file.id, name: file.name, contentType: file.contentType, sizeBytes: file.sizeBytes, description: row.description, createdAt: row.createdAt.toISOString() };
  }

  async remove(ctx: RequestContext, ownerId: string, attachmentId: string): Promise<void> {
    requirePermission(ctx, this.owner.permissions.write);
    const attachments = this.owner.table;
    const removeBytes = await withTenant(this.database, ctx, async (tx) => {
      // A record out of the caller's data scope is absent, its attachments with it.
      if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
      const [row] = await tx
        .delete(attachments)
        .where(and(eq(attachments.tenantId, ctx.tenantId), eq(attachments.ownerId, ownerId), eq(attachments.id, attachmentId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: `${this.owner.entity}_attachment`, entityId: row.id, before: { [`${this.owner.entity}Id`]: ownerId, fileId: row.fileId }, after: null });
      // The file goes with its attachment: held by nobody, it would be anyone's with `file:read`.
      return this.files.discardIn(tx, ctx, row.fileId);
    });
    await removeBytes();
  }

  /**
   * Removes every attachment of a record about to be deleted, with their files, in the caller's
   * transaction; the step it returns removes the files' bytes once that transaction has committed.
   */
  async discardAllIn(tx: Executor, ctx: RequestContext, ownerId: string): Promise<() => Promise<void>> {
    const attachments = this.owner.table;
    const removed = await tx
      .delete(attachments)
      .where(and(eq(attachments.tenantId, ctx.tenantId), eq(attachments.ownerId, ownerId)))
      .returning({ fileId: attachments.fileId });
    const steps: Array<() => Promise<void>> = [];
    for (const { fileId } of removed) steps.push(await this.files.discardIn(tx, ctx, fileId));
    return async () => {
      for (const removeBytes of steps) await removeBytes();
    };
  }
}
