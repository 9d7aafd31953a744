import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { storedFiles } from "../../platform/files/schema.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { notFound, Problem } from "../../platform/http/problem.js";
import type { AttachmentsService } from "../persons/index.js";
import { findCompany } from "./companies-service.js";
import { companyPermissions } from "./permissions.js";
import { companyAttachments, companyDemographies } from "./schema.js";

export interface DemographyView {
  id: string;
  attachmentId: string;
  fileId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string | null;
  /** GET it (with file:read) for the spreadsheet as uploaded. */
  downloadUrl: string;
}

/** Spreadsheet types a demography form may come in (each tenant has its own form, filled in Excel). */
export const demographyContentTypes: ReadonlySet<string> = new Set(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"]);

/**
 * The demography tab: each tenant keeps its own nomenclature of demographic parameters, so the
 * data is a spreadsheet form kept as uploaded, as an attachment of the company; the latest one counts.
 */
export class DemographyService {
  constructor(
    private readonly database: Database,
    private readonly attachments: AttachmentsService,
  ) {}

  /** Every demography file of the company, newest first: none is an empty list, so a screen asks without a 404. */
  async list(ctx: RequestContext, companyId: string): Promise<DemographyView[]> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, (tx) => uploadsOf(tx, ctx, companyId));
  }

  async latest(ctx: RequestContext, companyId: string): Promise<DemographyView> {
    requirePermission(ctx, companyPermissions.read);
    const [latest] = await readAsTenant(this.database, ctx, (tx) => uploadsOf(tx, ctx, companyId, 1));
    if (!latest) throw new Problem(404, "company.no_demography");
    return latest;
  }

  async upload(ctx: RequestContext, companyId: string, upload: ReceivedFile): Promise<DemographyView> {
    requirePermission(ctx, companyPermissions.write);
    if (!demographyContentTypes.has(upload.contentType)) throw new Problem(415, "company.demography_not_spreadsheet", { errors: [{ path: "file", code: "company.demography_not_spreadsheet" }] });
    return withTenant(this.database, ctx, async (tx) => {
      const attachment = await this.attachments.addIn(tx, ctx, companyId, upload, "Démographie");
      const [row] = await tx.insert(companyDemographies).values({ tenantId: ctx.tenantId, companyId, attachmentId: attachment.id, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      await recordAudit(tx, ctx, { entity: "company_demography", entityId: row.id, before: null, after: { companyId, attachmentId: attachment.id, fileId: attachment.fileId, name: attachment.name } });
      return toView(row, { id: attachment.fileId, name: attachment.name, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes });
    });
  }
}

/** The company's demography files, newest first (the latest `limit` of them); 404 when the company is not in the caller's sight. */
async function uploadsOf(tx: Executor, ctx: RequestContext, companyId: string, limit?: number): Promise<DemographyView[]> {
  if (!(await findCompany(tx, ctx, companyId))) throw notFound();
  const query = tx
    .select({ demography: companyDemographies, file: storedFiles })
    .from(companyDemographies)
    .innerJoin(companyAttachments, and(eq(companyAttachments.tenantId, companyDemographies.tenantId), eq(companyAttachments.id, companyDemographies.attachmentId)))
    .innerJoin(storedFiles, and(eq(storedFiles.tenantId, companyAttachments.tenantId), eq(storedFiles.id, companyAttachments.fileId)))
    .where(and(eq(companyDemographies.tenantId, ctx.tenantId), eq(companyDemographies.companyId, companyId)))
    .orderBy(desc(companyDemographies.createdAt), desc(companyDemographies.id))
    .$dynamic();
  const rows = await (limit === undefined ? query : query.limit(limit));
  return rows.map((row) => toView(row.demography, row.file));
}

function toView(row: typeof companyDemographies.$inferSelect, file: { id: string; name: string; contentType: string; sizeBytes: number }): DemographyView {
  return {
    id: row.id,
    attachmentId: row.attachmentId,
    fileId: file.id,
    name: file.name,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    uploadedAt: row.createdAt.toISOString(),
    uploadedBy: row.createdBy,
    downloadUrl: `/api/v1/files/${file.id}`,
  };
}
