import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { storeCoverageFlags } from "../../platform/records/coverage-flags.js";
import type { CoverageDomain } from "../persons/index.js";
import { companies } from "./schema.js";

/** Stores a company's equipment flags as the contracts module derives them, in its transaction; clients never write them. */
export async function applyCompanyCoverageFlags(tx: Executor, ctx: RequestContext, id: string, domains: Iterable<CoverageDomain>): Promise<void> {
  await storeCoverageFlags(tx, ctx, companies, "company", id, domains);
}
