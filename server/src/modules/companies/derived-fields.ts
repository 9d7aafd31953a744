import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { storeDerivedFields, type DerivedFields } from "../../platform/records/derived-fields.js";
import type { CoverageDomain, Nature } from "../persons/index.js";
import { companies } from "./schema.js";

/**
 * Stores companies' equipment flags (as the contracts module derives them) and natures (the
 * opportunities module's life-cycle rule) in the deriving module's transaction; clients never write them.
 */
export async function applyCompanyDerivedFields(tx: Executor, ctx: RequestContext, fields: DerivedFields<CoverageDomain, Nature>): Promise<void> {
  await storeDerivedFields(tx, ctx, companies, "company", fields);
}
