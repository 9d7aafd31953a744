import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database, Executor } from "../../platform/db/database.js";
import { readAsTenant } from "../../platform/db/tenant-transaction.js";
import { invalidFields, Problem, type FieldError } from "../../platform/http/problem.js";
import { cataloguePermissions, saleRefusals, type CatalogueModule, type FormulaName, type ProductName } from "../catalogue/index.js";
import { findCommunes, unknownReferenceCodes } from "../reference-data/index.js";
import { basisTexts } from "./basis-text.js";
import { price, type PricingIssue, type PricingProfile } from "./engine/index.js";
import { explainPrice, type Price } from "./explained-price.js";
import { loadPricingParameters } from "./legal-parameters.js";
import { profileOf, type IntroducerDirectory, type PriceRequest, type ProposalsRequest } from "./pricing-request.js";
import { engineTariff, tariffIdsInForce } from "./tariff-store.js";
import { VersionCache } from "./version-cache.js";

export interface Proposal {
  productId: string;
  productLabel: string;
  formulaId: string;
  formulaLabel: string;
  price: Price;
}

/**
 * Decides whether a formula may be offered to a profile; the needs and eligibility rules (a later issue)
 * plug in here. Product and formula come by name only: a rule that needs more of them (levels of
 * cover…) reads it.
 */
export type ProposalFilter = (candidate: { product: ProductName; formula: FormulaName }, profile: PricingProfile) => boolean;

const refused = (issues: PricingIssue[]): Problem => invalidFields(issues.map((issue) => ({ path: issue.field, code: issue.code })));

/** Prices a profile with the tariff version in force at its effective date, through the pure engine. */
export class PricingService {
  constructor(
    private readonly database: Database,
    private readonly catalogue: Pick<CatalogueModule, "products" | "formulas">,
    private readonly introducers: IntroducerDirectory | undefined,
    private readonly proposalFilter: ProposalFilter = () => true,
  ) {}

  private readonly versions = new VersionCache();

  async price(ctx: RequestContext, request: PriceRequest): Promise<Price> {
    requirePermission(ctx, cataloguePermissions.read);
    const introducer = await this.introducer(ctx, request.introducerId);
    return readAsTenant(this.database, ctx, async (tx) => {
      await this.checkProfileCodes(tx, ctx.tenantId, request);
      const product = await this.catalogue.products.findForWrite(tx, ctx.tenantId, request.productId);
      if (!product) throw invalidFields([{ path: "productId", code: "pricing.unknown_product" }]);
      const unsold = saleRefusals(product, request.effectiveDate, request.channel);
      if (unsold.length > 0) throw invalidFields(unsold);
      const formulas = await this.catalogue.formulas.ofProduct(tx, ctx.tenantId, product.id);
      if (!formulas.some((formula) => formula.id === request.formulaId)) throw invalidFields([{ path: "formulaId", code: "pricing.formula_not_in_product" }]);
      const [version] = await this.versions.get(tx, ctx.tenantId, await tariffIdsInForce(tx, ctx.tenantId, [product.id], request.effectiveDate));
      if (!version) throw invalidFields([{ path: "effectiveDate", code: "pricing.no_tariff_in_force" }]);
      const grid = version.grids.find((candidate) => candidate.formulaId === request.formulaId);
      if (!grid) throw invalidFields([{ path: "formulaId", code: "pricing.formula_not_priced" }]);
      const result = price(engineTariff(version.tariff, grid), await loadPricingParameters(tx, ctx.tenantId), profileOf(request, introducer));
      if (!result.ok) throw refused(result.issues);
      return explainPrice(result.price, basisTexts(ctx.locale));
    });
  }

  /**
   * Every formula of the products sold on the channel at the effective date that the engine can price
   * for the profile, cheapest first. Formulas the profile is outside of (age, zone…) are left out.
   */
  async proposals(ctx: RequestContext, request: ProposalsRequest): Promise<Proposal[]> {
    requirePermission(ctx, cataloguePermissions.read);
    const introducer = await this.introducer(ctx, request.introducerId);
    const profile = profileOf(request, introducer);
    return readAsTenant(this.database, ctx, async (tx) => {
      await this.checkProfileCodes(tx, ctx.tenantId, request);
      const products = await this.catalogue.products.onSale(tx, ctx.tenantId, request.channel, request.effectiveDate);
      const productIds = products.map((product) => product.id);
      const versions = await this.versions.get(tx, ctx.tenantId, await tariffIdsInForce(tx, ctx.tenantId, productIds, request.effectiveDate));
      const grids = versions.flatMap(({ tariff, grids: ofVersion }) => ofVersion.map((grid) => ({ tariff, grid })));
      const formulas = new Map((await this.catalogue.formulas.namesOf(tx, ctx.tenantId, productIds)).map((formula) => [formula.id, formula]));
      const parameters = await loadPricingParameters(tx, ctx.tenantId);
      const textOf = basisTexts(ctx.locale);
      const proposals: Proposal[] = [];
      for (const { tariff, grid } of grids) {
        const product = products.find((candidate) => candidate.id === tariff.productId);
        const formula = formulas.get(grid.formulaId);
        if (!product || !formula || !this.proposalFilter({ product, formula }, profile)) continue;
        const result = price(engineTariff(tariff, grid), parameters, profile);
        if (result.ok) proposals.push({ productId: product.id, productLabel: product.label, formulaId: formula.id, formulaLabel: formula.label, price: explainPrice(result.price, textOf) });
      }
      return proposals.sort((a, b) => a.price.monthly.grossCents - b.price.monthly.grossCents || a.formulaLabel.localeCompare(b.formulaLabel));
    });
  }

  /**
   * A regime or a channel the tenant does not know, or a postal code La Poste does not (00000, 99999),
   * is a typo to fix, not a profile nothing happens to price: the engine would price such a postal
   * code at the zone of whatever department its digits suggest, and proposals would be empty.
   */
  private async checkProfileCodes(tx: Executor, tenantId: string, request: Pick<PriceRequest, "socialRegime" | "postalCode" | "channel">): Promise<void> {
    const errors: FieldError[] = [];
    if (findCommunes(request.postalCode).length === 0) errors.push({ path: "postalCode", code: "pricing.postal_code_unknown" });
    if ((await unknownReferenceCodes(tx, tenantId, "social_regimes", [request.socialRegime])).length > 0) errors.push({ path: "socialRegime", code: "pricing.unknown_social_regime" });
    if (request.channel !== undefined && (await unknownReferenceCodes(tx, tenantId, "sales_channels", [request.channel])).length > 0) {
      errors.push({ path: "channel", code: "pricing.unknown_channel", params: { value: request.channel } });
    }
    if (errors.length > 0) throw invalidFields(errors);
  }

  /** Without a lookup (no organisation module), the id alone still selects an introducer's own commission rule. */
  private async introducer(ctx: RequestContext, id: string | undefined): Promise<{ id: string; kind: string } | undefined> {
    if (id === undefined) return undefined;
    if (!this.introducers) return { id, kind: "" };
    const found = await this.introducers.kindOf(ctx.tenantId, id);
    if (!found) throw invalidFields([{ path: "introducerId", code: "pricing.unknown_introducer" }]);
    return found;
  }
}
