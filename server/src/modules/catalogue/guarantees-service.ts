import { and, asc, eq, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { invalidFields } from "../../platform/http/problem.js";
import { cataloguePermissions } from "./permissions.js";
import type { RangesService } from "./ranges-service.js";
import { audited, deleteAudited, referenceErrors, requireRow, updateAudited, writeProblem } from "./records.js";
import { guarantees } from "./schema.js";

export interface GuaranteeView {
  id: string;
  rangeId: string;
  coverageModule: string;
  code: string;
  label: string;
  sortOrder: number;
  version: number;
  updatedAt: string;
}

export interface GuaranteeInput {
  rangeId: string;
  coverageModule: string;
  code: string;
  label: string;
  sortOrder?: number | undefined;
}

export type GuaranteeChange = Partial<Omit<GuaranteeInput, "rangeId" | "code">> & { version: number };

export interface GuaranteeListQuery extends UnsearchableListQuery {
  rangeId?: string | undefined;
  coverageModule?: string | undefined;
}

type GuaranteeRow = typeof guarantees.$inferSelect;

const toGuaranteeView = (row: GuaranteeRow): GuaranteeView => ({
  id: row.id,
  rangeId: row.rangeId,
  coverageModule: row.coverageModule,
  code: row.code,
  label: row.label,
  sortOrder: row.sortOrder,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const audit = { entity: "guarantee", table: guarantees, view: toGuaranteeView };

export const guaranteeSortable = { code: guarantees.code, label: guarantees.label, coverageModule: guarantees.coverageModule, sortOrder: guarantees.sortOrder };

/** The guarantees a range assembles, each in a coverage module (hospital, optical…). */
export class GuaranteesService {
  constructor(
    private readonly database: Database,
    private readonly ranges: RangesService,
  ) {}

  async list(ctx: RequestContext, query: GuaranteeListQuery): Promise<Page<GuaranteeView>> {
    requirePermission(ctx, cataloguePermissions.read);
    const where: SQL | undefined = and(
      eq(guarantees.tenantId, ctx.tenantId),
      query.rangeId ? eq(guarantees.rangeId, query.rangeId) : undefined,
      query.coverageModule ? eq(guarantees.coverageModule, query.coverageModule) : undefined,
    );
    const order = [...orderByFromSort(query.sort, guaranteeSortable, [asc(guarantees.coverageModule), asc(guarantees.sortOrder)]), asc(guarantees.id)];
    return readAsTenant(this.database, ctx, async (tx) => {
      const { rows, total } = await pageWithTotal(tx, guarantees, ctx.tenantId, where, order, pageWindow(query));
      return { items: rows.map(toGuaranteeView), total, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<GuaranteeView> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toGuaranteeView(await requireRow(tx, guarantees, ctx.tenantId, id)));
  }

  /** Every guarantee of a range, in print order, for formulas and their guarantee tables. */
  async ofRange(tx: Executor, tenantId: string, rangeId: string): Promise<GuaranteeView[]> {
    const rows = await tx
      .select()
      .from(guarantees)
      .where(and(eq(guarantees.tenantId, tenantId), eq(guarantees.rangeId, rangeId)))
      .orderBy(asc(guarantees.coverageModule), asc(guarantees.sortOrder), asc(guarantees.code));
    return rows.map(toGuaranteeView);
  }

  async create(ctx: RequestContext, input: GuaranteeInput): Promise<GuaranteeView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await this.ranges.findForWrite(tx, ctx.tenantId, input.rangeId))) throw invalidFields([{ path: "rangeId", code: "catalogue.unknown_parent" }]);
      await this.checkModule(tx, ctx.tenantId, input.coverageModule);
      const [row] = await tx
        .insert(guarantees)
        .values({ tenantId: ctx.tenantId, ...input, sortOrder: input.sortOrder ?? 0, createdBy: ctx.userId, updatedBy: ctx.userId })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const view = toGuaranteeView(row);
      await recordAudit(tx, ctx, { entity: "guarantee", entityId: row.id, before: null, after: audited(view) });
      return view;
    }).catch((error: unknown) => {
      throw writeProblem(error);
    });
  }

  async update(ctx: RequestContext, id: string, change: GuaranteeChange): Promise<GuaranteeView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, (tx) => updateAudited(tx, ctx, audit, id, change, () => this.checkModule(tx, ctx.tenantId, change.coverageModule)));
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, cataloguePermissions.write);
    await withTenant(this.database, ctx, (tx) => deleteAudited(tx, ctx, audit, id));
  }

  private async checkModule(tx: Executor, tenantId: string, coverageModule: string | undefined): Promise<void> {
    const errors = await referenceErrors(tx, tenantId, [{ path: "coverageModule", table: "coverage_modules", value: coverageModule }]);
    if (errors.length > 0) throw invalidFields(errors);
  }
}
