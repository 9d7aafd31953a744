import { requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { readAsTenant } from "../../platform/db/tenant-transaction.js";
import type { ActiveRulesCache } from "./rules-store.js";
import type { DuplicateCandidate } from "./candidate.js";
import { findCandidates } from "./candidate-finder.js";
import { prepareRecord, type CompanyMatchRecord, type PersonMatchRecord } from "./matching.js";
import { candidatesForCaller } from "./record-scope.js";
import type { DuplicateTarget } from "./rules.js";

export type DraftCheck =
  | { target: "person"; record: PersonMatchRecord; excludeId?: string | undefined }
  | { target: "company"; record: CompanyMatchRecord; excludeId?: string | undefined };

const readPermission: Record<DuplicateTarget, string> = { person: "person:read", company: "company:read" };

/** The candidates of a record being typed, without writing anything: for forms that check as the user goes. */
export async function checkDraft(database: Database, rulesCache: ActiveRulesCache, ctx: RequestContext, draft: DraftCheck): Promise<DuplicateCandidate[]> {
  requirePermission(ctx, readPermission[draft.target]);
  const prepared = draft.target === "person" ? prepareRecord("person", draft.record) : prepareRecord("company", draft.record);
  const rules = await rulesCache.get(ctx.tenantId, draft.target);
  return readAsTenant(database, ctx, async (tx) => candidatesForCaller(tx, ctx, draft.target, await findCandidates(tx, ctx.tenantId, draft.target, { id: draft.excludeId ?? "", displayName: "", prepared }, rules)));
}
