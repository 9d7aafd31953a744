import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page } from "../../platform/http/list-query.js";
import { invalidFields, type FieldError } from "../../platform/http/problem.js";
import { cataloguePermissions } from "./permissions.js";
import { productContractType, saleDateErrors, saleRefusals, type ProductContractType } from "./product-rules.js";
import type { RangesService } from "./ranges-service.js";
import { audited, deleteAudited, findRow, referenceErrors, requireRow, updateAudited, writeProblem } from "./records.js";
import { products } from "./schema.js";
import { anyContains } from "../../platform/db/text-search.js";

export interface ProductView {
  id: string;
  rangeId: string;
  code: string;
  label: string;
  contractType: ProductContractType;
  insurers: string[];
  managers: string[];
  network: string | null;
  channels: string[];
  distributionMode: string | null;
  distributionType: string | null;
  saleStart: string | null;
  saleEnd: string | null;
  grantsMembership: boolean;
  active: boolean;
  version: number;
  updatedAt: string;
}

/** What names a product in an answer about several. */
export type ProductName = Pick<ProductView, "id" | "label">;

type Editable = Omit<ProductView, "id" | "rangeId" | "code" | "contractType" | "version" | "updatedAt">;

export type ProductInput = { rangeId: string; code: string; label: string; contractType?: ProductContractType | undefined } & { [K in keyof Omit<Editable, "label">]?: Editable[K] | undefined };
export type ProductChange = { [K in keyof Editable]?: Editable[K] | undefined } & { contractType?: ProductContractType | undefined; version: number };

export interface ProductListQuery extends ListQuery {
  rangeId?: string | undefined;
  channel?: string | undefined;
  contractType?: ProductContractType | undefined;
  active?: boolean | undefined;
}

type ProductRow = typeof products.$inferSelect;

export const toProductView = (row: ProductRow): ProductView => ({
  id: row.id,
  rangeId: row.rangeId,
  code: row.code,
  label: row.label,
  contractType: row.contractType,
  insurers: row.insurers,
  managers: row.managers,
  network: row.network,
  channels: row.channels,
  distributionMode: row.distributionMode,
  distributionType: row.distributionType,
  saleStart: row.saleStart,
  saleEnd: row.saleEnd,
  grantsMembership: row.grantsMembership,
  active: row.active,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const audit = { entity: "product", table: products, view: toProductView };

export const productSortable = { code: products.code, label: products.label, contractType: products.contractType, saleStart: products.saleStart, updatedAt: products.updatedAt };

/** Commercial products: a range declined for a sales axis. */
export class ProductsService {
  constructor(
    private readonly database: Database,
    private readonly ranges: RangesService,
  ) {}

  async list(ctx: RequestContext, query: ProductListQuery): Promise<Page<ProductView>> {
    requirePermission(ctx, cataloguePermissions.read);
    const where: SQL | undefined = and(
      eq(products.tenantId, ctx.tenantId),
      query.rangeId ? eq(products.rangeId, query.rangeId) : undefined,
      // Array containment is not leakproof, but a tenant's products are a few dozen rows: no index to miss.
      query.channel ? sql`${query.channel} = any(${products.channels})` : undefined,
      query.contractType ? eq(products.contractType, query.contractType) : undefined,
      query.active === undefined ? undefined : eq(products.active, query.active),
      anyContains(query.q, products.code, products.label),
    );
    const order = [...orderByFromSort(query.sort, productSortable, [asc(products.label)]), asc(products.id)];
    return readAsTenant(this.database, ctx, async (tx) => {
      const { rows, total } = await pageWithTotal(tx, products, ctx.tenantId, where, order, pageWindow(query));
      return { items: rows.map(toProductView), total, page: query.page, perPage: query.perPage };
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ProductView> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toProductView(await requireRow(tx, products, ctx.tenantId, id)));
  }

  async create(ctx: RequestContext, input: ProductInput): Promise<ProductView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const range = await this.ranges.findForWrite(tx, ctx.tenantId, input.rangeId);
      if (!range) throw invalidFields([{ path: "rangeId", code: "catalogue.unknown_parent" }]);
      const contractType = productContractType(range.contractType, input.contractType);
      await this.check(tx, ctx.tenantId, input, contractType.errors);
      const [row] = await tx
        .insert(products)
        .values({
          tenantId: ctx.tenantId,
          rangeId: input.rangeId,
          code: input.code,
          label: input.label,
          contractType: contractType.value ?? "individual",
          insurers: input.insurers ?? [],
          managers: input.managers ?? [],
          network: input.network ?? null,
          channels: input.channels ?? [],
          distributionMode: input.distributionMode ?? null,
          distributionType: input.distributionType ?? null,
          saleStart: input.saleStart ?? null,
          saleEnd: input.saleEnd ?? null,
          grantsMembership: input.grantsMembership ?? true,
          active: input.active ?? true,
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const view = toProductView(row);
      await recordAudit(tx, ctx, { entity: "product", entityId: row.id, before: null, after: audited(view) });
      return view;
    }).catch((error: unknown) => {
      throw writeProblem(error);
    });
  }

  async update(ctx: RequestContext, id: string, change: ProductChange): Promise<ProductView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, (tx) =>
      updateAudited(tx, ctx, audit, id, change, async (existing) => {
        const range = await this.ranges.findForWrite(tx, ctx.tenantId, existing.rangeId);
        const contractType = change.contractType && range ? productContractType(range.contractType, change.contractType).errors : [];
        const dates = { saleStart: change.saleStart === undefined ? existing.saleStart : change.saleStart, saleEnd: change.saleEnd === undefined ? existing.saleEnd : change.saleEnd };
        await this.check(tx, ctx.tenantId, { ...change, ...dates }, contractType);
      }),
    );
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, cataloguePermissions.write);
    await withTenant(this.database, ctx, (tx) => deleteAudited(tx, ctx, audit, id));
  }

  /**
   * The products on sale on a channel at a date (`saleRefusals`: active, the date within their sale
   * dates), by name: proposals price each of them, and need nothing else of the record.
   */
  async onSale(tx: Executor, tenantId: string, channel: string, date: string): Promise<ProductName[]> {
    const sold = await tx
      .select({ id: products.id, label: products.label, active: products.active, saleStart: products.saleStart, saleEnd: products.saleEnd, channels: products.channels })
      .from(products)
      .where(and(eq(products.tenantId, tenantId), sql`${channel} = any(${products.channels})`));
    return sold.filter((product) => saleRefusals(product, date, channel).length === 0).map(({ id, label }) => ({ id, label }));
  }

  /** The product a formula or a tariff belongs to, inside the caller's transaction. */
  async findForWrite(tx: Executor, tenantId: string, id: string): Promise<ProductView | undefined> {
    const row = await findRow(tx, products, tenantId, id);
    return row && toProductView(row);
  }

  private async check(tx: Executor, tenantId: string, input: ProductChange | ProductInput, known: FieldError[]): Promise<void> {
    const errors = [
      ...known,
      ...saleDateErrors(input.saleStart, input.saleEnd),
      ...(await referenceErrors(tx, tenantId, [
        { path: "insurers", table: "insurers", value: input.insurers },
        { path: "managers", table: "product_managers", value: input.managers },
        { path: "channels", table: "sales_channels", value: input.channels },
      ])),
    ];
    if (errors.length > 0) throw invalidFields(errors);
  }
}
