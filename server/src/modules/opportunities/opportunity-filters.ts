import { and, eq, type SQL } from "drizzle-orm";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import type { OpportunityState } from "./opportunity-states.js";
import { opportunities } from "./schema.js";

export interface OpportunityFilters {
  personId?: string | undefined;
  companyId?: string | undefined;
  state?: OpportunityState | undefined;
  domain?: OpportunityRowDomain | undefined;
  advisorId?: string | undefined;
  introducerId?: string | undefined;
  originId?: string | undefined;
}

type OpportunityRowDomain = (typeof opportunities.$inferSelect)["domain"];

/**
 * The filters of a list, an export or the board, within the reader's data scope: an opportunity is
 * seen like a record, by its own introducer and advisor (docs/domain/assignment.md).
 */
export function opportunityWhere(reader: ScopedReader, filters: OpportunityFilters): SQL | undefined {
  return and(
    eq(opportunities.tenantId, reader.tenantId),
    withinScope(reader.dataScope, opportunities),
    filters.personId ? eq(opportunities.personId, filters.personId) : undefined,
    filters.companyId ? eq(opportunities.companyId, filters.companyId) : undefined,
    filters.state ? eq(opportunities.state, filters.state) : undefined,
    filters.domain ? eq(opportunities.domain, filters.domain) : undefined,
    filters.advisorId ? eq(opportunities.advisorId, filters.advisorId) : undefined,
    filters.introducerId ? eq(opportunities.introducerId, filters.introducerId) : undefined,
    filters.originId ? eq(opportunities.originId, filters.originId) : undefined,
  );
}

/** An opportunity of the tenant within the reader's data scope: out of scope reads as absent. */
export function opportunityById(reader: ScopedReader, id: string): SQL | undefined {
  return and(eq(opportunities.tenantId, reader.tenantId), eq(opportunities.id, id), withinScope(reader.dataScope, opportunities));
}
