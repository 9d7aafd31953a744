import type { RequestContext } from "../../platform/auth/context.js";
import type { Executor } from "../../platform/db/database.js";
import { applyCompanyCoverageFlags } from "../companies/index.js";
import { applyPersonCoverageFlags } from "../persons/index.js";
import { contractsOfParty, type UpsertOutcome } from "./contract-writer.js";
import { coverageFlagsOf } from "./party-rules.js";

/** A person or a company whose contracts changed. */
export type Party = { personId: string; companyId?: null } | { personId?: null; companyId: string };

/**
 * The life cycle's single nature rule (opportunities module), registered at wiring time: it reads
 * the contracts back through `contractStandings` and stores the nature in the caller's transaction.
 */
export interface NatureRefresh {
  refresh(tx: Executor, ctx: RequestContext, party: Party): Promise<void>;
}

/** The standing of each contract a person holds or is covered by, or a company holds: what the nature rule reads. */
export async function contractStandings(tx: Executor, tenantId: string, party: Party) {
  const rows = await contractsOfParty(tx, tenantId, party.personId ? { personId: party.personId } : { companyId: party.companyId ?? "" });
  return rows.map((row) => ({ status: row.status, grantsMembership: row.grantsMembership }));
}

/** Brings the equipment flags and the nature of every party a contract change touched up to date, in its transaction. */
export async function refreshParties(tx: Executor, ctx: RequestContext, touched: UpsertOutcome["touched"], nature: NatureRefresh | undefined): Promise<void> {
  for (const personId of touched.personIds) {
    await applyPersonCoverageFlags(tx, ctx, personId, coverageFlagsOf(await contractsOfParty(tx, ctx.tenantId, { personId })));
    await nature?.refresh(tx, ctx, { personId });
  }
  for (const companyId of touched.companyIds) {
    await applyCompanyCoverageFlags(tx, ctx, companyId, coverageFlagsOf(await contractsOfParty(tx, ctx.tenantId, { companyId })));
    await nature?.refresh(tx, ctx, { companyId });
  }
}
