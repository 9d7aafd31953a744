import { and, asc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ScopedReader } from "../../platform/auth/data-scope.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { notFound } from "../../platform/http/problem.js";
import type { CompetitorCoveragesTable } from "./schema.js";

type CoverageRow = CompetitorCoveragesTable["$inferSelect"];
export type CoverageInput = Pick<CoverageRow, "domain" | "insurer"> & Partial<Pick<CoverageRow, "product" | "endDate" | "annualPremiumCents">>;
export type CoverageView = Pick<CoverageRow, "id" | "domain" | "insurer" | "product" | "endDate" | "annualPremiumCents"> & { createdAt: string };

/** The kind of record a coverage belongs to: its table, permissions and how to tell it exists. */
export interface CoverageOwner {
  /** Audit entity of the record ("person"); its coverages are audited as "person_competitor_coverage". */
  entity: string;
  table: CompetitorCoveragesTable;
  permissions: { read: string; write: string };
  exists(tx: Executor, reader: ScopedReader, ownerId: string): Promise<boolean>;
}

const toView = (row: CoverageRow): CoverageView => ({
  id: row.id,
  domain: row.domain,
  insurer: row.insurer,
  product: row.product,
  endDate: row.endDate,
  annualPremiumCents: row.annualPremiumCents,
  createdAt: row.createdAt.toISOString(),
});

/** The competition tab of a record, whatever its kind (persons, companies): soonest ending first (when to call back). */
export class CompetitorCoveragesService {
  constructor(
    private readonly database: Database,
    private readonly owner: CoverageOwner,
  ) {}

  /** What the tab's routes declare, so that they refuse a caller before reading the request. */
  get permissions(): CoverageOwner["permissions"] {
    return this.owner.permissions;
  }

  async list(ctx: RequestContext, ownerId: string): Promise<CoverageView[]> {
    requirePermission(ctx, this.owner.permissions.read);
    const coverages = this.owner.table;
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
      const rows = await tx
        .select()
        .from(coverages)
        .where(and(eq(coverages.tenantId, ctx.tenantId), eq(coverages.ownerId, ownerId)))
        .orderBy(sql`${coverages.endDate} asc nulls last`, asc(coverages.domain), asc(coverages.id));
      return rows.map(toView);
    });
  }

  async add(ctx: RequestContext, ownerId: string, input: CoverageInput): Promise<CoverageView> {
    requirePermission(ctx, this.owner.permissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
      const [row] = await tx.insert(this.owner.table).values({ ...input, tenantId: ctx.tenantId, ownerId, createdBy: ctx.userId, updatedBy: ctx.userId }).returning();
      if (!row) throw new Error("insert returned no row");
      const view = toView(row);
      await recordAudit(tx, ctx, { entity: this.auditEntity, entityId: row.id, before: null, after: { [this.ownerField]: ownerId, ...view } });
      return view;
    });
  }

  async remove(ctx: RequestContext, ownerId: string, coverageId: string): Promise<void> {
    requirePermission(ctx, this.owner.permissions.write);
    const coverages = this.owner.table;
    await withTenant(this.database, ctx, async (tx) => {
      // A record out of the caller's data scope is absent, its coverages with it.
      if (!(await this.owner.exists(tx, ctx, ownerId))) throw notFound();
      const [row] = await tx
        .delete(coverages)
        .where(and(eq(coverages.tenantId, ctx.tenantId), eq(coverages.ownerId, ownerId), eq(coverages.id, coverageId)))
        .returning();
      if (!row) throw notFound();
      await recordAudit(tx, ctx, { entity: this.auditEntity, entityId: row.id, before: { [this.ownerField]: ownerId, ...toView(row) }, after: null });
    });
  }

  private get auditEntity(): string {
    return `${this.owner.entity}_competitor_coverage`;
  }

  /** "personId", "companyId": how the audit names the record. */
  private get ownerField(): string {
    return `${this.owner.entity}Id`;
  }
}
