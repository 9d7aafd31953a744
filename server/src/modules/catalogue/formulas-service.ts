import { and, asc, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, notFound, type FieldError } from "../../platform/http/problem.js";
import type { GuaranteesService } from "./guarantees-service.js";
import { cataloguePermissions } from "./permissions.js";
import type { ProductsService } from "./products-service.js";
import { audited, deleteAudited, referenceErrors, requireRow, updateAudited, writeProblem } from "./records.js";
import { formulas, type FormulaOptionModule } from "./schema.js";

export interface FormulaView {
  id: string;
  productId: string;
  code: string;
  label: string;
  sortOrder: number;
  /** Guarantee id → level of cover ("150 % BR", "300 € / an"). */
  guaranteeLevels: Record<string, string>;
  /** Coverage module → level 1 (lowest) to 5, to match expressed needs. */
  coverageLevels: Record<string, number>;
  options: FormulaOptionModule[];
  version: number;
  updatedAt: string;
}

/** What names a formula in an answer about several products. */
export type FormulaName = Pick<FormulaView, "id" | "productId" | "label">;

export interface FormulaInput {
  productId: string;
  code: string;
  label: string;
  sortOrder?: number | undefined;
  guaranteeLevels?: Record<string, string> | undefined;
  coverageLevels?: Record<string, number> | undefined;
  options?: FormulaOptionModule[] | undefined;
}

export type FormulaChange = Partial<Omit<FormulaInput, "productId" | "code">> & { version: number };

/** The printable table of guarantees of a formula, by coverage module. */
export interface GuaranteeTable {
  formula: { id: string; code: string; label: string };
  modules: { coverageModule: string; coverageLevel: number | null; guarantees: { code: string; label: string; level: string | null }[] }[];
}

type FormulaRow = typeof formulas.$inferSelect;

export const toFormulaView = (row: FormulaRow): FormulaView => ({
  id: row.id,
  productId: row.productId,
  code: row.code,
  label: row.label,
  sortOrder: row.sortOrder,
  guaranteeLevels: row.guaranteeLevels,
  coverageLevels: row.coverageLevels,
  options: row.options,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const audit = { entity: "formula", table: formulas, view: toFormulaView };

/** Formulas (packs, levels) of a product, with their levels of cover. */
export class FormulasService {
  constructor(
    private readonly database: Database,
    private readonly products: ProductsService,
    private readonly guarantees: GuaranteesService,
  ) {}

  /**
   * A product's formulas in their display order (`GET /formulas?productId=`). A product the tenant
   * does not have is not found, as on every other catalogue read, rather than a product without formulas.
   */
  async listOfProduct(ctx: RequestContext, productId: string): Promise<FormulaView[]> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await this.products.findForWrite(tx, ctx.tenantId, productId))) throw notFound();
      return this.ofProduct(tx, ctx.tenantId, productId);
    });
  }

  async ofProduct(tx: Executor, tenantId: string, productId: string): Promise<FormulaView[]> {
    const rows = await tx
      .select()
      .from(formulas)
      .where(and(eq(formulas.tenantId, tenantId), eq(formulas.productId, productId)))
      .orderBy(asc(formulas.sortOrder), asc(formulas.code));
    return rows.map(toFormulaView);
  }

  /**
   * The names of the formulas of several products at once: proposals price every product sold on a
   * channel and name each formula, and reading whole records (levels of cover, audit columns) cost
   * as much as pricing them. Unordered.
   */
  async namesOf(tx: Executor, tenantId: string, productIds: string[]): Promise<FormulaName[]> {
    if (productIds.length === 0) return [];
    return tx
      .select({ id: formulas.id, productId: formulas.productId, label: formulas.label })
      .from(formulas)
      .where(and(eq(formulas.tenantId, tenantId), inArray(formulas.productId, productIds)));
  }

  async get(ctx: RequestContext, id: string): Promise<FormulaView> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => toFormulaView(await requireRow(tx, formulas, ctx.tenantId, id)));
  }

  async guaranteeTable(ctx: RequestContext, id: string): Promise<GuaranteeTable> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const formula = toFormulaView(await requireRow(tx, formulas, ctx.tenantId, id));
      const product = await this.products.findForWrite(tx, ctx.tenantId, formula.productId);
      const modules = new Map<string, GuaranteeTable["modules"][number]>();
      for (const guarantee of product ? await this.guarantees.ofRange(tx, ctx.tenantId, product.rangeId) : []) {
        const module = modules.get(guarantee.coverageModule) ?? { coverageModule: guarantee.coverageModule, coverageLevel: formula.coverageLevels[guarantee.coverageModule] ?? null, guarantees: [] };
        module.guarantees.push({ code: guarantee.code, label: guarantee.label, level: formula.guaranteeLevels[guarantee.id] ?? null });
        modules.set(guarantee.coverageModule, module);
      }
      return { formula: { id: formula.id, code: formula.code, label: formula.label }, modules: [...modules.values()] };
    });
  }

  async create(ctx: RequestContext, input: FormulaInput): Promise<FormulaView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      const product = await this.products.findForWrite(tx, ctx.tenantId, input.productId);
      if (!product) throw invalidFields([{ path: "productId", code: "catalogue.unknown_parent" }]);
      await this.check(tx, ctx.tenantId, product.rangeId, input);
      const [row] = await tx
        .insert(formulas)
        .values({
          tenantId: ctx.tenantId,
          productId: input.productId,
          code: input.code,
          label: input.label,
          sortOrder: input.sortOrder ?? 0,
          guaranteeLevels: input.guaranteeLevels ?? {},
          coverageLevels: input.coverageLevels ?? {},
          options: input.options ?? [],
          createdBy: ctx.userId,
          updatedBy: ctx.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      const view = toFormulaView(row);
      await recordAudit(tx, ctx, { entity: "formula", entityId: row.id, before: null, after: audited(view) });
      return view;
    }).catch((error: unknown) => {
      throw writeProblem(error);
    });
  }

  async update(ctx: RequestContext, id: string, change: FormulaChange): Promise<FormulaView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, (tx) =>
      updateAudited(tx, ctx, audit, id, change, async (existing) => {
        const product = await this.products.findForWrite(tx, ctx.tenantId, existing.productId);
        if (product) await this.check(tx, ctx.tenantId, product.rangeId, change);
      }),
    );
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    requirePermission(ctx, cataloguePermissions.write);
    await withTenant(this.database, ctx, (tx) => deleteAudited(tx, ctx, audit, id));
  }

  /** Levels may only name the range's guarantees and the tenant's coverage modules. */
  private async check(tx: Executor, tenantId: string, rangeId: string, input: Partial<FormulaInput>): Promise<void> {
    const errors: FieldError[] = [];
    if (input.guaranteeLevels) {
      const inRange = new Set((await this.guarantees.ofRange(tx, tenantId, rangeId)).map((guarantee) => guarantee.id));
      for (const id of Object.keys(input.guaranteeLevels)) if (!inRange.has(id)) errors.push({ path: `guaranteeLevels.${id}`, code: "catalogue.guarantee_not_in_range" });
    }
    const modules = Object.keys(input.coverageLevels ?? {});
    for (const error of await referenceErrors(tx, tenantId, [{ path: "coverageLevels", table: "coverage_modules", value: modules }])) {
      errors.push({ ...error, path: `coverageLevels.${String(error.params?.value)}` });
    }
    if (errors.length > 0) throw invalidFields(errors);
  }
}
