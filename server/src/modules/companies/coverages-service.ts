import { and, asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { notFound } from "../../platform/http/problem.js";
import { findCompany } from "./companies-service.js";
import { companyPermissions } from "./permissions.js";
import { companyCompetitorCoverages } from "./schema.js";

type CoverageRow = typeof companyCompetitorCoverages.$inferSelect;
export type CoverageInput = Pick<CoverageRow, "domain" | "insurer"> & Partial<Pick<CoverageRow, "product" | "endDate" | "annualPremiumCents">>;
export type CoverageView = Pick<CoverageRow, "id" | "domain" | "insurer" | "product" | "endDate" | "annualPremiumCents"> & { createdAt: string };

const toView = (row: CoverageRow): CoverageView => ({
  id: row.id,
  domain: row.domain,
  insurer: row.insurer,
  product: row.product,
  endDate: row.endDate,
  annualPremiumCents: row.annualPremiumCents,
  createdAt: row.createdAt.toISOString(),
});

/** The competition tab: insurance the company holds elsewhere, soonest ending first (when to call back). */
export class CompetitorCoveragesService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, companyId: string): Promise<CoverageView[]> {
    requirePermission(ctx, companyPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await findCompany(tx, ctx.tenantId, companyId))) throw notFound();
      const rows = await tx
        .select()
        .from(companyCompetitorCoverages)
        .where(and(eq(companyCompetitorCoverages.tenantId, ctx.tenantId), eq(companyCompetitorCoverages.companyId, companyId)))
        .orderBy(sql`${companyCompetitorCoverages.endDate} asc nulls last`, asc(companyCompetitorCoverages.domain), asc(companyCompetitorCoverages.id));
      return rows.map(toView);
    });
  }

  async add(ctx: RequestContext, companyId: string, input: CoverageInput): Promise<CoverageView> {
    requirePermission(ctx, companyPermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await findCompany(tx, ctx.tenantId, companyId))) throw notFound();
      const [row] = await tx.insert(companyCompetitorCoverages).values({ ...input, tenantId: ctx.tenantId, companyId, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      const view = toView(row);
      await recordAudit(tx, ctx, { entity: "company_competitor_coverage", entityId: row.id, before: null, after: { companyId, ...view } });
      return view;
    });
  }

  async remove(ctx: RequestContext, companyId: string, coverageId: string): Promise<void> {
    requirePermission(ctx, companyPermissions.write);
    await withTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .delete(companyCompetitorCoverages)
        .where(and(eq(companyCompetitorCoverages.tenantId, ctx.tenantId), eq(companyCompetitorCoverages.companyId, companyId), eq(companyCompetitorCoverages.id, coverageId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: "company_competitor_coverage", entityId: row.id, before: { companyId, ...toView(row) }, after: null });
    });
  }
}
