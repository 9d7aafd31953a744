import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { storeCoverageFlags } from "../../platform/records/coverage-flags.js";
import { persons, type CoverageDomain } from "./schema.js";

/** Stores a person's equipment flags as the contracts module derives them, in its transaction; clients never write them. */
export async function applyPersonCoverageFlags(tx: Executor, ctx: RequestContext, id: string, domains: Iterable<CoverageDomain>): Promise<void> {
  await storeCoverageFlags(tx, ctx, persons, "person", id, domains);
}
