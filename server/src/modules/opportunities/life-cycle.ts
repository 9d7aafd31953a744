import { and, count, eq, ne } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { applyCompanyDerivedFields, companies } from "../companies/index.js";
import { applyPersonDerivedFields, persons, type Nature } from "../persons/index.js";
import { natureOf, type ContractStanding } from "./nature-rule.js";
import { opportunities } from "./schema.js";

/** The person or the company an opportunity (or a contract) is about. */
export type Holder = { personId: string; companyId?: null } | { personId?: null; companyId: string };

/** The nature of each holder, persons' and companies' apart, by id. */
export interface HolderNatures {
  persons: ReadonlyMap<string, Nature>;
  companies: ReadonlyMap<string, Nature>;
}

/** The contracts of holders, as the contracts module tells them: by the person's or company's id (none → no entry). */
export type ContractStandings = (tx: Executor, tenantId: string, holders: readonly Holder[]) => Promise<ReadonlyMap<string, readonly ContractStanding[]>>;

/**
 * Keeps the nature of persons and companies true to the one rule (nature-rule.ts), in the
 * transaction of the change that moves it: saving an opportunity (`refresh`), or contracts (the
 * contracts module asks `naturesOf` and stores them with the equipment flags).
 */
export class LifeCycle {
  private contracts: ContractStandings = async () => new Map();

  /** Called once by the contracts module at wiring time; until then a holder has no contract. */
  registerContractStandings(source: ContractStandings): void {
    this.contracts = source;
  }

  /** Brings the nature of an opportunity's holder up to date, in the transaction of the opportunity's change. */
  async refresh(tx: Executor, ctx: RequestContext, holder: Holder): Promise<void> {
    const natures = await this.naturesOf(tx, ctx, [holder]);
    await applyPersonDerivedFields(tx, ctx, { natures: natures.persons });
    await applyCompanyDerivedFields(tx, ctx, { natures: natures.companies });
  }

  /**
   * The natures the rule decides for many holders (a feed's batch of contracts), by kind and id,
   * without storing them: each kind's opportunities counted in one query. `standings`, when the
   * caller has just read the holders' contracts (the contracts module, for their equipment flags),
   * spares reading them again; that caller stores the natures with the flags, in one statement.
   */
  async naturesOf(tx: Executor, ctx: RequestContext, holders: readonly Holder[], standings?: ReadonlyMap<string, readonly ContractStanding[]>): Promise<HolderNatures> {
    const personIds = holders.flatMap((holder) => (holder.personId ? [holder.personId] : []));
    const companyIds = holders.flatMap((holder) => (holder.companyId ? [holder.companyId] : []));
    const contracts = standings ?? (await this.contracts(tx, ctx.tenantId, holders));
    const natures = async (column: typeof opportunities.personId | typeof opportunities.companyId, records: typeof persons | typeof companies, ids: string[]): Promise<Map<string, Nature>> => {
      if (ids.length === 0) return new Map();
      const counted = await tx
        .select({ id: column, total: count() })
        .from(opportunities)
        .where(and(eq(opportunities.tenantId, ctx.tenantId), isAnyOf(column, ids)))
        .groupBy(column);
      const totals = new Map(counted.map((row) => [row.id, row.total]));
      const qualified = await tx
        .select({ id: records.id })
        .from(records)
        .where(and(eq(records.tenantId, ctx.tenantId), isAnyOf(records.id, ids), ne(records.nature, "suspect")));
      const pastSuspect = new Set(qualified.map((row) => row.id));
      return new Map(ids.map((id) => [id, natureOf({ opportunities: totals.get(id) ?? 0, contracts: contracts.get(id) ?? [], qualified: pastSuspect.has(id) })]));
    };
    return { persons: await natures(opportunities.personId, persons, personIds), companies: await natures(opportunities.companyId, companies, companyIds) };
  }

  /** The nature the rule decides for a record a batch is about to create: no opportunity yet, never qualified. */
  natureOfNew(contracts: readonly ContractStanding[]): Nature {
    return natureOf({ opportunities: 0, contracts, qualified: false });
  }
}
