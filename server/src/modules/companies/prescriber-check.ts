import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { RequestContext } from "../../platform/auth/context.js";
import { withinScope } from "../../platform/auth/data-scope.js";
import { isAnyOf } from "../../platform/db/any-of.js";
import type { Executor } from "../../platform/db/database.js";
import { invalidFields } from "../../platform/http/problem.js";
import type { RecordWriteHook, SavedChange } from "../../platform/records/hooks.js";
import { persons } from "../persons/index.js";
import { companies } from "./schema.js";

/**
 * A person's prescriber company must be a company of the tenant, within the caller's data scope
 * when it is newly named (an unchanged one is not checked again). `persons.prescriber_company_id`
 * has no foreign key (docs/domain/companies.md: the persons module cannot name this module's
 * table), so this module checks it in the transaction of every write of a person that sets it:
 * another tenant's company, one out of the caller's scope, or none, is refused on the field and
 * nothing is written.
 */
export const prescriberCompanyCheck: RecordWriteHook = {
  async saved(tx: Executor, ctx: RequestContext, ids: readonly string[], change: SavedChange): Promise<void> {
    if (!change.created && !change.changedFields?.has("prescriberCompanyId")) return;
    const [dangling] = await tx
      .select({ id: persons.id })
      .from(persons)
      .leftJoin(companies, and(eq(companies.tenantId, persons.tenantId), eq(companies.id, persons.prescriberCompanyId), withinScope(ctx.dataScope, companies)))
      .where(and(eq(persons.tenantId, ctx.tenantId), isAnyOf(persons.id, ids), isNotNull(persons.prescriberCompanyId), isNull(companies.id)))
      .limit(1);
    if (dangling) throw invalidFields([{ path: "prescriberCompanyId", code: "person.unknown_company" }]);
  },
  async deleting(): Promise<void> {},
  async successorOf(): Promise<string | undefined> {
    return undefined;
  },
};
