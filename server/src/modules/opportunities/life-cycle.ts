import { and, count, eq } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { applyCompanyNatures } from "../companies/index.js";
import { applyPersonNatures, type Nature } from "../persons/index.js";
import { natureOf, type ContractStanding } from "./nature-rule.js";
import { opportunities } from "./schema.js";

/** The person or the company an opportunity (or a contract) is about. */
export type Holder = { personId: string; companyId?: null } | { personId?: null; companyId: string };

/** The contracts of holders, as the contracts module tells them: by the person's or company's id (none → no entry). */
export type ContractStandings = (tx: Executor, tenantId: string, holders: readonly Holder[]) => Promise<ReadonlyMap<string, readonly ContractStanding[]>>;

/**
 * Keeps the nature of persons and companies true to the one rule (nature-rule.ts), in the
 * transaction of the change that moves it: saving an opportunity, or contracts through `refreshMany`.
 */
export class LifeCycle {
  private contracts: ContractStandings = async () => new Map();

  /** Called once by the contracts module at wiring time; until then a holder has no contract. */
  registerContractStandings(source: ContractStandings): void {
    this.contracts = source;
  }

  async refresh(tx: Executor, ctx: RequestContext, holder: Holder): Promise<void> {
    await this.refreshMany(tx, ctx, [holder]);
  }

  /**
   * The natures of many holders (a feed's batch of contracts): each kind's opportunities counted in
   * one query, the natures stored in one statement. `standings`, when the caller has just read the
   * holders' contracts (the contracts module, for their equipment flags), spares reading them again.
   */
  async refreshMany(tx: Executor, ctx: RequestContext, holders: readonly Holder[], standings?: ReadonlyMap<string, readonly ContractStanding[]>): Promise<void> {
    const personIds = holders.flatMap((holder) => (holder.personId ? [holder.personId] : []));
    const companyIds = holders.flatMap((holder) => (holder.companyId ? [holder.companyId] : []));
    const contracts = standings ?? (await this.contracts(tx, ctx.tenantId, holders));
    const natures = async (column: typeof opportunities.personId | typeof opportunities.companyId, ids: string[]): Promise<Map<string, Nature>> => {
      if (ids.length === 0) return new Map();
      const counted = await tx
        .select({ id: column, total: count() })
        .from(opportunities)
        .where(and(eq(opportunities.tenantId, ctx.tenantId), isAnyOf(column, ids)))
        .groupBy(column);
      const totals = new Map(counted.map((row) => [row.id, row.total]));
      return new Map(ids.map((id) => [id, natureOf({ opportunities: totals.get(id) ?? 0, contracts: contracts.get(id) ?? [] })]));
    };
    await applyPersonNatures(tx, ctx, await natures(opportunities.personId, personIds));
    await applyCompanyNatures(tx, ctx, await natures(opportunities.companyId, companyIds));
  }
}
