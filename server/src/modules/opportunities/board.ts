import { and, count, desc, eq, sum } from "drizzle-orm";
import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant } from "../../platform/db/tenant-transaction.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { holderJoins, holderName } from "./holder-name.js";
import { opportunityWhere, type OpportunityFilters } from "./opportunity-filters.js";
import { opportunityStates, type OpportunityState } from "./opportunity-states.js";
import { toOpportunityView, type OpportunityView } from "./opportunity-view.js";
import { opportunityPermissions } from "./permissions.js";
import { opportunities } from "./schema.js";

export type BoardFilters = Pick<OpportunityFilters, "advisorId" | "introducerId" | "domain">;

export interface BoardCard extends OpportunityView {
  /** "DURAND Chloé" or the company's name, for the card's title. */
  holderName: string;
}

export interface BoardColumn {
  state: OpportunityState;
  count: number;
  expectedAnnualPremiumCents: number;
  /** The most recently changed opportunities of the column, at most `cards`. */
  cards: BoardCard[];
}

/** The pipeline board: per opportunity state, how many, the expected annual premium, and the first cards, within the reader's scope. */
export class PipelineBoard {
  constructor(private readonly database: Database) {}

  async columns(ctx: RequestContext, filters: BoardFilters, cards: number): Promise<BoardColumn[]> {
    requirePermission(ctx, opportunityPermissions.read);
    return readAsTenant(this.database, ctx, async (tx) => {
      const where = opportunityWhere(ctx, filters);
      const totals = await tx
        .select({ state: opportunities.state, count: count(), premium: sum(opportunities.expectedAnnualPremiumCents).mapWith(Number) })
        .from(opportunities)
        .where(where)
        .groupBy(opportunities.state);
      const columns: BoardColumn[] = [];
      for (const state of opportunityStates) {
        const total = totals.find((row) => row.state === state);
        const rows =
          cards > 0 && total
            ? await tx
                .select({ opportunity: opportunities, holderName })
                .from(opportunities)
                .leftJoin(persons, holderJoins.person)
                .leftJoin(companies, holderJoins.company)
                .where(and(where, eq(opportunities.state, state)))
                .orderBy(desc(opportunities.updatedAt), desc(opportunities.id))
                .limit(cards)
            : [];
        columns.push({
          state,
          count: total?.count ?? 0,
          expectedAnnualPremiumCents: total?.premium ?? 0,
          cards: rows.map((row) => ({ ...toOpportunityView(row.opportunity), holderName: row.holderName })),
        });
      }
      return columns;
    });
  }
}
