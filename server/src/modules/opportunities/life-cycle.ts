import { and, count, eq } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { applyCompanyNature } from "../companies/index.js";
import { applyPersonNature } from "../persons/index.js";
import { natureOf, type ContractStanding } from "./nature-rule.js";
import { opportunities } from "./schema.js";

/** The person or the company an opportunity (or a contract) is about. */
export type Holder = { personId: string; companyId?: null } | { personId?: null; companyId: string };

/** The contracts of a holder, as the contracts module (issue 9) will tell them. */
export type ContractStandings = (tx: Executor, tenantId: string, holder: Holder) => Promise<ContractStanding[]>;

/**
 * Keeps the nature of persons and companies true to the one rule (nature-rule.ts), in the
 * transaction of the change that moves it: saving an opportunity, or a contract through `refresh`.
 */
export class LifeCycle {
  private contracts: ContractStandings = async () => [];

  /** Called once by the contracts module at wiring time; until then a holder has no contract. */
  registerContractStandings(source: ContractStandings): void {
    this.contracts = source;
  }

  async refresh(tx: Executor, ctx: RequestContext, holder: Holder): Promise<void> {
    const condition = holder.personId ? eq(opportunities.personId, holder.personId) : eq(opportunities.companyId, holder.companyId ?? "");
    const [counted] = await tx.select({ total: count() }).from(opportunities).where(and(eq(opportunities.tenantId, ctx.tenantId), condition));
    const nature = natureOf({ opportunities: counted?.total ?? 0, contracts: await this.contracts(tx, ctx.tenantId, holder) });
    if (holder.personId) await applyPersonNature(tx, ctx, holder.personId, nature);
    else if (holder.companyId) await applyCompanyNature(tx, ctx, holder.companyId, nature);
  }
}
