import { and, asc, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { pageWithTotal } from "../../platform/db/page-with-total.js";
import { readAsTenant } from "../../platform/db/tenant-transaction.js";
import { orderByFromSort, pageWindow, type ListQuery, type Page, type UnsearchableListQuery } from "../../platform/http/list-query.js";
import { notFound } from "../../platform/http/problem.js";
import { persons } from "../persons/index.js";
import { contractWhere, withinHolderScope, type ContractFilters } from "./contract-filters.js";
import { beneficiariesOf, guaranteesOf, viewsOf, type BeneficiaryView, type ContractDetail, type ContractView } from "./contract-view.js";
import { contractPermissions } from "./permissions.js";
import { contractBeneficiaries, contracts, type BeneficiaryRole } from "./schema.js";

export const contractSortable = {
  number: contracts.number,
  startDate: contracts.startDate,
  status: contracts.status,
  domain: contracts.domain,
  premiumAnnualCents: contracts.premiumAnnualCents,
  createdAt: contracts.createdAt,
  updatedAt: contracts.updatedAt,
};

export const contractBeneficiarySortable = { lastName: persons.lastName, firstName: persons.firstName, birthDate: persons.birthDate, role: contractBeneficiaries.role, startDate: contractBeneficiaries.startDate };

export interface BeneficiaryFilters {
  contractId?: string | undefined;
  /** The enrolled employees (and their families) of a company's group contracts. */
  holderCompanyId?: string | undefined;
  personId?: string | undefined;
  role?: BeneficiaryRole | undefined;
}

/** Contracts as the back office sent them: lists, a contract with its beneficiaries and guarantees, the records' tabs. */
export class ContractsService {
  constructor(private readonly database: Database) {}

  async list(ctx: RequestContext, query: ListQuery & ContractFilters): Promise<Page<ContractView>> {
    requirePermission(ctx, contractPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const order = [...orderByFromSort(query.sort, contractSortable, [desc(contracts.startDate)]), desc(contracts.id)];
      const { rows, total } = await pageWithTotal(tx, contracts, ctx.tenantId, contractWhere(ctx, query), order, pageWindow(query));
      return { items: await viewsOf(tx, ctx.tenantId, rows), total, page: query.page, perPage: query.perPage };
    });
  }

  /** Every contract the filters select, in batches walked by id (creation order), for exports. */
  async *iterate(ctx: RequestContext, filters: ContractFilters, batchSize = 1000): AsyncGenerator<ContractView[]> {
    requirePermission(ctx, contractPermissions.read);
    let after: string | undefined;
    for (;;) {
      const batch = await readAsTenant(this.database, ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(contracts)
          .where(and(contractWhere(ctx, filters), after ? gt(contracts.id, after) : undefined))
          .orderBy(asc(contracts.id))
          .limit(batchSize);
        return viewsOf(tx, ctx.tenantId, rows);
      });
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      after = batch.at(-1)?.id;
    }
  }

  async get(ctx: RequestContext, id: string): Promise<ContractDetail> {
    requirePermission(ctx, contractPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const [row] = await tx
        .select()
        .from(contracts)
        .where(and(eq(contracts.tenantId, ctx.tenantId), eq(contracts.id, id), withinHolderScope(ctx)));
      const [view] = row ? await viewsOf(tx, ctx.tenantId, [row]) : [];
      if (!view) throw notFound();
      return { ...view, beneficiaries: await beneficiariesOf(tx, ctx.tenantId, eq(contractBeneficiaries.contractId, id)), guarantees: await guaranteesOf(tx, ctx.tenantId, id) };
    });
  }

  /** Beneficiaries of the contracts the caller sees: a contract's, a person's, or a company's enrolled employees. */
  async beneficiaries(ctx: RequestContext, query: UnsearchableListQuery & BeneficiaryFilters): Promise<Page<BeneficiaryView>> {
    requirePermission(ctx, contractPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const visible = sql`(select ${contracts.id} from ${contracts} where ${and(eq(contracts.tenantId, ctx.tenantId), withinHolderScope(ctx), query.holderCompanyId ? eq(contracts.holderCompanyId, query.holderCompanyId) : undefined)})`;
      const where = and(
        inArray(contractBeneficiaries.contractId, visible),
        query.contractId ? eq(contractBeneficiaries.contractId, query.contractId) : undefined,
        query.personId ? eq(contractBeneficiaries.personId, query.personId) : undefined,
        query.role ? eq(contractBeneficiaries.role, query.role) : undefined,
      );
      const [counted] = await tx
        .select({ total: count() })
        .from(contractBeneficiaries)
        .where(and(eq(contractBeneficiaries.tenantId, ctx.tenantId), where));
      const order = orderByFromSort(query.sort, contractBeneficiarySortable, []);
      const items = await beneficiariesOf(tx, ctx.tenantId, where, { order, window: pageWindow(query) });
      return { items, total: counted?.total ?? 0, page: query.page, perPage: query.perPage };
    });
  }
}
