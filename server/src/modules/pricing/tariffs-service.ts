import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { isUniqueViolation } from "../../platform/db/errors.js";
import { readAsTenant, withTenant } from "../../platform/db/tenant-transaction.js";
import { recordAudit } from "../../platform/audit/audit-log.js";
import { invalidFields, notFound, Problem, versionConflict, type FieldError } from "../../platform/http/problem.js";
import type { ReceivedFile } from "../../platform/files/upload.js";
import { cataloguePermissions, type CatalogueModule } from "../catalogue/index.js";
import { unknownReferenceCodes } from "../reference-data/index.js";
import { everyGrid, type TariffInput, type TariffView } from "./tariff-schemas.js";
import { gridsOf, insertTariffVersion, tariffVersions, toTariffView } from "./tariff-store.js";
import { readTariffWorkbook, writeTariffWorkbook } from "./tariff-workbook.js";

/** Tariff versions of a product: entered or imported whole, never changed afterwards. */
export class TariffsService {
  constructor(
    private readonly database: Database,
    private readonly catalogue: Pick<CatalogueModule, "products" | "formulas">,
    /** The introducer kinds of the commercial organisation, which a commission rule may name. */
    private readonly introducerKinds: readonly string[],
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
    const read = await readTariffWorkbook((await upload()).data, formulas);
    const refused = (errors: FieldError[]) => new Problem(400, "tariff_import.invalid", { errors });
    if ("errors" in read) throw refused(read.errors);
    return this.store(ctx, productId, read.input, (errors) => refused(errors.map((error) => ({ ...error, path: read.cellOf(error.path) }))));
  }

  /** A new version; its grids may only name the product's formulas, each once, and codes the tenant knows. */
  async create(ctx: RequestContext, productId: string, input: TariffInput): Promise<TariffView> {
    return this.store(ctx, productId, input, invalidFields);
  }

  /** `refuse`: the answer to faults named by paths of the tariff, as the API or the workbook tells them. */
  private async store(ctx: RequestContext, productId: string, input: TariffInput, refuse: (errors: FieldError[]) => Problem): Promise<TariffView> {
    requirePermission(ctx, cataloguePermissions.write);
    return withTenant(this.database, ctx, async (tx) => {
      if (!(await this.catalogue.products.findForWrite(tx, ctx.tenantId, productId))) throw notFound();
      const formulaIds = new Set((await this.catalogue.formulas.ofProduct(tx, ctx.tenantId, productId)).map((formula) => formula.id));
      const errors: FieldError[] = [];
      input.grids.forEach((grid, index) => {
        if (!formulaIds.has(grid.formulaId)) errors.push({ path: `grids.${index}.formulaId`, code: "pricing.formula_not_in_product" });
        else if (input.grids.findIndex((other) => other.formulaId === grid.formulaId) !== index) errors.push({ path: `grids.${index}.formulaId`, code: "pricing.formula_twice" });
      });
      errors.push(...(await unknownCodes(tx, ctx.tenantId, input, this.introducerKinds)));
      if (errors.length > 0) throw refuse(errors);
      const view = await insertTariffVersion(tx, ctx.tenantId, ctx.userId, productId, input);
      await recordAudit(tx, ctx, { entity: "tariff", entityId: view.id, before: null, after: { productId, number: view.number, effectiveFrom: view.effectiveFrom } });
      return view;
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? versionConflict() : error;
    });
  }
}

/**
 * Codes a tariff names that the tenant's tables (or the organisation) do not have: a row for an
 * unknown social regime, a discount on an unknown channel or a commission for an unknown kind of
 * introducer could never apply, as pricing requests are checked against the same tables.
 */
async function unknownCodes(tx: Executor, tenantId: string, input: TariffInput, introducerKinds: readonly string[]): Promise<FieldError[]> {
  const regimes = everyGrid(input).flatMap(({ path, grid }) =>
    grid.rows.flatMap((row, rowIndex) => (row.socialRegimes ?? []).map((code, index) => ({ code, path: `${path}.rows.${rowIndex}.socialRegimes.${index}` }))),
  );
  const channels = input.discounts.flatMap((rule, ruleIndex) => (rule.channels ?? []).map((code, index) => ({ code, path: `discounts.${ruleIndex}.channels.${index}` })));
  const unknownRegimes = new Set(await unknownReferenceCodes(tx, tenantId, "social_regimes", [...new Set(regimes.map(({ code }) => code))]));
  const unknownChannels = new Set(await unknownReferenceCodes(tx, tenantId, "sales_channels", [...new Set(channels.map(({ code }) => code))]));
  return [
    ...regimes.filter(({ code }) => unknownRegimes.has(code)).map(({ code, path }) => ({ path, code: "pricing.unknown_social_regime", params: { value: code } })),
    ...channels.filter(({ code }) => unknownChannels.has(code)).map(({ code, path }) => ({ path, code: "pricing.unknown_channel", params: { value: code } })),
    ...input.commissions.flatMap((rule, index) =>
      rule.introducerKind === undefined || introducerKinds.includes(rule.introducerKind) ? [] : [{ path: `commissions.${index}.introducerKind`, code: "pricing.unknown_introducer_kind", params: { values: introducerKinds.join(", ") } }],
    ),
  ];
}
