import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { storeDerivedFields, type DerivedFields } from "../../platform/records/derived-fields.js";
import { persons, type CoverageDomain, type Nature } from "./schema.js";

/**
 * Stores persons' equipment flags (as the contracts module derives them) and natures (the
 * opportunities module's life-cycle rule) in the deriving module's transaction; clients never write them.
 */
export async function applyPersonDerivedFields(tx: Executor, ctx: RequestContext, fields: DerivedFields<CoverageDomain, Nature>): Promise<void> {
  await storeDerivedFields(tx, ctx, persons, "person", fields);
}
