import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import type { FileService } from "../../platform/files/file-service.js";
import { storedFiles } from "../../platform/files/schema.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { notFound } from "../../platform/http/problem.js";
import { findPerson } from "./persons-service.js";
import { personPermissions } from "./permissions.js";
import { personAttachments } from "./schema.js";

export interface AttachmentView {
  id: string;
  fileId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  description: string | null;
  createdAt: string;
}

export class AttachmentsService {
  constructor(
    private readonly database: Database,
    private readonly files: FileService,
  ) {}

  async list(ctx: RequestContext, personId: string): Promise<AttachmentView[]> {
    requirePermission(ctx, personPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await findPerson(tx, ctx.tenantId, personId))) throw notFound();
      const rows = await tx
        .select({ attachment: personAttachments, file: storedFiles })
        .from(personAttachments)
        .innerJoin(storedFiles, and(eq(storedFiles.tenantId, personAttachments.tenantId), eq(storedFiles.id, personAttachments.fileId)))
        .where(and(eq(personAttachments.tenantId, ctx.tenantId), eq(personAttachments.personId, personId)))
        .orderBy(desc(personAttachments.createdAt));
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

  async add(ctx: RequestContext, personId: string, upload: ReceivedFile, description: string | undefined): Promise<AttachmentView> {
    requirePermission(ctx, personPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await findPerson(tx, ctx.tenantId, personId))) throw notFound();
      const file = await this.files.save(tx, ctx, upload);
      const [row] = await tx.insert(personAttachments).values({ tenantId: ctx.tenantId, personId, fileId: file.id, description: description ?? null, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "person_attachment", entityId: row.id, before: null, after: { personId, fileId: file.id, name: file.name } });
      return { id: row.id, fileId: file.id, name: file.name, contentType: file.contentType, sizeBytes: file.sizeBytes, description: row.description, createdAt: row.createdAt.toISOString() };
    });
  }

  async remove(ctx: RequestContext, personId: string, attachmentId: string): Promise<void> {
    requirePermission(ctx, personPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .delete(personAttachments)
        .where(and(eq(personAttachments.tenantId, ctx.tenantId), eq(personAttachments.personId, personId), eq(personAttachments.id, attachmentId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "person_attachment", entityId: row.id, before: { personId, fileId: row.fileId }, after: null });
    });
  }
}
