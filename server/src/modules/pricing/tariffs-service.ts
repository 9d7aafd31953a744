import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { invalidFields, notFound, Problem, versionConflict, type FieldError } from "../../platform/http/problem.js";
import { cataloguePermissions, type CatalogueModule } from "../catalogue/index.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import type { TariffInput, TariffView } from "./tariff-schemas.js";
import { gridsOf, insertTariffVersion, tariffVersions, toTariffView } from "./tariff-store.js";
import { readTariffWorkbook, writeTariffWorkbook } from "./tariff-workbook.js";

/** Tariff versions of a product: entered or imported whole, never changed afterwards. */
export class TariffsService {
  constructor(
    private readonly database: Database,
    private readonly catalogue: Pick<CatalogueModule, "products" | "formulas">,
  ) {}

  async list(ctx: RequestContext, productId: string): Promise<TariffView[]> {
    requirePermission(ctx, cataloguePermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      if (!(await this.catalogue.products.findForWrite(tx, ctx.tenantId, productId))) throw notFound();
      const versions = await tariffVersions(tx, ctx.tenantId, productId);
      const grids = await gridsOf(
        tx,
        ctx.tenantId,
        versions.map((version) => version.id),
      );
      return versions.map((version) => toTariffView(version, grids.filter((grid) => grid.tariffId === version.id)));
    });
  }

  /** The latest version as an XLSX workbook named after the product (docs/interfaces/tariffs.md). */
  async exportWorkbook(ctx: RequestContext, productId: string): Promise<{ name: string; data: Buffer }> {
    const [latest] = await this.list(ctx, productId);
    if (!latest) throw new Problem(404, "pricing.no_tariff");
    const { product, formulas } = await readAsTenant(this.database, ctx, async (tx) => ({
      product: await this.catalogue.products.findForWrite(tx, ctx.tenantId, productId),
      formulas: await this.catalogue.formulas.ofProduct(tx, ctx.tenantId, productId),
    }));
    return { name: `tarif-${product?.code ?? productId}-${latest.effectiveFrom}.xlsx`, data: await writeTariffWorkbook(latest, formulas) };
  }

  /**
   * An edited workbook becomes a new version; any wrong cell refuses the whole file, each one named.
   * The upload is read only once the caller may write and the product is theirs.
   */
  async importWorkbook(ctx: RequestContext, productId: string, upload: () => Promise<ReceivedFile>): Promise<TariffView> {
    requirePermission(ctx, cataloguePermissions.write);
    const formulas = await readAsTenant(this.database, ctx, async (tx) => {
      if (!(await this.catalogue.products.findForWrite(tx, ctx.tenantId, productId))) throw notFound();
      return this.catalogue.formulas.ofProduct(tx, ctx.tenantId, productId);
    });
    const { input, errors } = await readTariffWorkbook((await upload()).data, formulas);
    if (!input) throw new Problem(400, "tariff_import.invalid", { errors });
    return this.create(ctx, productId, input);
  }

  /** A new version; its grids may only name the product's formulas, each once. */
  async create(ctx: RequestContext, productId: string, input: TariffInput): Promise<TariffView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await this.catalogue.products.findForWrite(tx, ctx.tenantId, productId))) throw notFound();
      const formulaIds = new Set((await this.catalogue.formulas.ofProduct(tx, ctx.tenantId, productId)).map((formula) => formula.id));
      const errors: FieldError[] = [];
      input.grids.forEach((grid, index) => {
        if (!formulaIds.has(grid.formulaId)) errors.push({ path: `grids.${index}.formulaId`, code: "pricing.formula_not_in_product" });
        else if (input.grids.findIndex((other) => other.formulaId === grid.formulaId) !== index) errors.push({ path: `grids.${index}.formulaId`, code: "pricing.formula_twice" });
      });
      if (errors.length > 0) throw invalidFields(errors);
      const view = await insertTariffVersion(tx, ctx.tenantId, ctx.userId, productId, input);
      await recordAudit(tx, ctx, { entity: "tariff", entityId: view.id, before: null, after: { productId, number: view.number, effectiveFrom: view.effectiveFrom } });
      return view;
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? versionConflict() : error;
    });
  }
}
