import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { storeCoverageFlagsOfMany } from "../../platform/records/coverage-flags.js";
import { persons, type CoverageDomain } from "./schema.js";

/** Stores persons' equipment flags as the contracts module derives them, in its transaction; clients never write them. */
export async function applyPersonCoverageFlags(tx: Executor, ctx: RequestContext, flagsById: ReadonlyMap<string, Iterable<CoverageDomain>>): Promise<void> {
  await storeCoverageFlagsOfMany(tx, ctx, persons, "person", flagsById);
}
