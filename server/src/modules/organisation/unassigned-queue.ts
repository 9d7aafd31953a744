import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { ListQuery, Page } from "../../platform/http/list-query.js";
import type { Market } from "../../platform/records/assignment.js";
import type { CompaniesService } from "../companies/index.js";
import type { PersonsService } from "../persons/index.js";
import type { AssignmentTargetKind } from "./assignment-targets.js";
import { organisationPermissions } from "./permissions.js";

export interface UnassignedItem {
  target: AssignmentTargetKind;
  id: string;
  displayName: string;
  market: Market | null;
  postalCode: string | null;
  createdAt: string;
}

const mainPostalCode = (addresses: Array<{ kind: string; postalCode: string }>, kind: string): string | null => addresses.find((address) => address.kind === kind)?.postalCode ?? null;

/** The records no introducer holds, newest first unless sorted otherwise, through the records' own lists (their search and sort, within the caller's scope). */
export class UnassignedQueue {
  constructor(private readonly records: { person: PersonsService; company: CompaniesService }) {}

  async list(ctx: RequestContext, target: AssignmentTargetKind, list: ListQuery): Promise<Page<UnassignedItem>> {
    requirePermission(ctx, organisationPermissions.read);
    const query = { ...list, unassigned: true, sort: list.sort ?? "-createdAt" };
    if (target === "person") {
      const persons = await this.records.person.list(ctx, query);
      return {
        ...persons,
        items: persons.items.map((person) => ({
          target,
          id: person.id,
          displayName: [person.lastName, person.firstName].filter(Boolean).join(" "),
          market: person.market,
          postalCode: mainPostalCode(person.addresses, "main"),
          createdAt: person.createdAt,
        })),
      };
    }
    const companies = await this.records.company.list(ctx, query);
    return {
      ...companies,
      items: companies.items.map((company) => ({ target, id: company.id, displayName: company.name, market: company.market, postalCode: mainPostalCode(company.addresses, "head_office"), createdAt: company.createdAt })),
    };
  }
}
