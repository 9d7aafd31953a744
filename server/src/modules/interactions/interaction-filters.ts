import { and, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { withinScope, type ScopedReader } from "../../platform/auth/data-scope.js";
import { companies } from "../companies/index.js";
import { persons } from "../persons/index.js";
import { interactions, type InteractionState } from "./schema.js";

export interface InteractionFilters {
  personId?: string | undefined;
  companyId?: string | undefined;
  opportunityId?: string | undefined;
  /** A user's id, or `me` for the caller. */
  advisorId?: string | undefined;
  state?: InteractionState | undefined;
  type?: string | undefined;
  /** Planned at or after this instant. */
  from?: Date | undefined;
  /** Planned before this instant. */
  to?: Date | undefined;
  /** Only the planned interactions whose moment has passed. */
  overdue?: boolean | undefined;
}

/**
 * An interaction is seen by whoever sees its person or its company (docs/domain/interactions.md):
 * the persons' and companies' own scope conditions, as id sets, so that each uses its index. Its
 * advisor sees it too, whatever the record's agency: it is in their agenda and their reminders.
 */
export function withinRecordScope(reader: ScopedReader): SQL | undefined {
  const personScope = withinScope(reader.dataScope, persons);
  const companyScope = withinScope(reader.dataScope, companies);
  if (!personScope || !companyScope) return undefined;
  const { userId } = reader.dataScope;
  return or(
    inArray(interactions.personId, sql`(select ${persons.id} from ${persons} where ${persons.tenantId} = ${reader.tenantId} and ${personScope})`),
    inArray(interactions.companyId, sql`(select ${companies.id} from ${companies} where ${companies.tenantId} = ${reader.tenantId} and ${companyScope})`),
    userId ? eq(interactions.advisorId, userId) : undefined,
  );
}

/** `me` is the caller; a caller who is no user (an API key) has no interactions of their own. */
export function advisorCondition(advisorId: string | undefined, userId: string | null): SQL | undefined {
  if (!advisorId) return undefined;
  const id = advisorId === "me" ? userId : advisorId;
  return id ? eq(interactions.advisorId, id) : sql`false`;
}

/** The filters of a list, an export or an agenda, within the reader's data scope. */
export function interactionWhere(reader: ScopedReader & { userId: string | null }, filters: InteractionFilters, now: Date): SQL | undefined {
  return and(
    eq(interactions.tenantId, reader.tenantId),
    withinRecordScope(reader),
    filters.personId ? eq(interactions.personId, filters.personId) : undefined,
    filters.companyId ? eq(interactions.companyId, filters.companyId) : undefined,
    filters.opportunityId ? eq(interactions.opportunityId, filters.opportunityId) : undefined,
    advisorCondition(filters.advisorId, reader.userId),
    filters.state ? eq(interactions.state, filters.state) : undefined,
    filters.type ? eq(interactions.type, filters.type) : undefined,
    filters.from ? gte(interactions.plannedAt, filters.from) : undefined,
    filters.to ? lt(interactions.plannedAt, filters.to) : undefined,
    filters.overdue === undefined ? undefined : filters.overdue ? and(eq(interactions.state, "planned"), lt(interactions.plannedAt, now)) : or(eq(interactions.state, "done"), gte(interactions.plannedAt, now)),
  );
}
