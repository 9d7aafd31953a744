import { and, asc, eq, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { invalidFields } from "../../platform/http/problem.js";
import { cataloguePermissions } from "./permissions.js";
import { audited, deleteAudited, findRow, referenceErrors, requireRow, updateAudited, writeProblem } from "./records.js";
import { ranges, type ContractType, type Domain, type RangeType } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface RangeView {
  id: string;
  code: string;
  label: string;
  domain: Domain;
  productFamily: string | null;
  contractType: ContractType;
  rangeType: RangeType;
  designers: string[];
  active: boolean;
  version: number;
  updatedAt: string;
}

export interface RangeInput {
  code: string;
  label: string;
  domain: Domain;
  productFamily?: string | null | undefined;
  contractType: ContractType;
  rangeType: RangeType;
  designers?: string[] | undefined;
  active?: boolean | undefined;
}

export type RangeChange = Partial<Omit<RangeInput, "code">> & { version: number };

export interface RangeListQuery extends ListQuery {
  domain?: Domain | undefined;
  contractType?: ContractType | undefined;
  rangeType?: RangeType | undefined;
  active?: boolean | undefined;
}

type RangeRow = typeof ranges.$inferSelect;

const toRangeView = (row: RangeRow): RangeView => ({
  id: row.id,
  code: row.code,
  label: row.label,
  domain: row.domain,
  productFamily: row.productFamily,
  contractType: row.contractType,
  rangeType: row.rangeType,
  designers: row.designers,
  active: row.active,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const audit = { entity: "range", table: ranges, view: toRangeView };

export const rangeSortable = { code: ranges.code, label: ranges.label, domain: ranges.domain, contractType: ranges.contractType, rangeType: ranges.rangeType, updatedAt: ranges.updatedAt };

/** Ranges ("gammes"): the products sharing one set of guarantees. */
export class RangesService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: RangeListQuery): Promise<Page<RangeView>> {
    requirePermission(ctx, cataloguePermissions.read);
    const where: SQL | undefined = and(
      eq(ranges.tenantId, ctx.tenantId),
      query.domain ? eq(ranges.domain, query.domain) : undefined,
      query.contractType ? eq(ranges.contractType, query.contractType) : undefined,
      query.rangeType ? eq(ranges.rangeType, query.rangeType) : undefined,
      query.active === undefined ? undefined : eq(ranges.active, query.active),
      // A tenant has tens of ranges: a scan is cheaper than any index here.
      anyContains(query.q, ranges.code, ranges.label),
    );
    const order = [...orderByFromSort(query.sort, rangeSortable, [asc(ranges.label)]), asc(ranges.id)];
    return readAsTenant(this.database, ctx, async (tx) => {
      const { rows, total } = await pageWithTotal(tx, ranges, ctx.tenantId, where, order, pageWindow(query));
      return { items: rows.map(toRangeView), total, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<RangeView> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toRangeView(await requireRow(tx, ranges, ctx.tenantId, id)));
  }

  /** The range a product or guarantee belongs to, for the other catalogue services. */
  async findForWrite(tx: Executor, tenantId: string, id: string): Promise<RangeView | undefined> {
    const row = await findRow(tx, ranges, tenantId, id);
    return row && toRangeView(row);
  }

  async create(ctx: RequestContext, input: RangeInput): Promise<RangeView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      await this.checkCodes(tx, ctx.tenantId, input);
      const [row] = await tx
        .insert(ranges)
        .values({
          tenantId: ctx.tenantId,
          code: input.code,
          label: input.label,
          domain: input.domain,
          productFamily: input.productFamily ?? null,
          contractType: input.contractType,
          rangeType: input.rangeType,
          designers: input.designers ?? [],
          active: input.active ?? true,
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const view = toRangeView(row);
      await recordAudit(tx, ctx, { entity: "range", entityId: row.id, before: null, after: audited(view) });
      return view;
    }).catch((error: unknown) => {
      throw writeProblem(error);
    });
  }

  async update(ctx: RequestContext, id: string, change: RangeChange): Promise<RangeView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, (tx) => updateAudited(tx, ctx, audit, id, change, () => this.checkCodes(tx, ctx.tenantId, change)));
  }

  /** Deleting is for mistakes: a range with products is refused (deactivate it instead). */
  async delete(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, cataloguePermissions.write);
    await withTenant(this.database, ctx, (tx) => deleteAudited(tx, ctx, audit, id)).catch((error: unknown) => {
      throw writeProblem(error);
    });
  }

  private async checkCodes(tx: Executor, tenantId: string, input: Partial<RangeInput>): Promise<void> {
    const errors = await referenceErrors(tx, tenantId, [
      { path: "productFamily", table: "product_families", value: input.productFamily },
      { path: "designers", table: "product_designers", value: input.designers },
    ]);
    if (errors.length > 0) throw invalidFields(errors);
  }
}
