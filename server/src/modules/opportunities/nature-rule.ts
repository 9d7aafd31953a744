import type { Nature } from "../persons/index.js";

/** What the life cycle needs to know of a contract (contracts module, docs/domain/pipeline.md). */
export interface ContractStanding {
  status: "active" | "suspended" | "terminated";
  /** Whether its product makes the holder a member ("adhérent"). */
  grantsMembership: boolean;
}

/** What a person or company holds, as far as its nature is concerned. */
export interface Holdings {
  opportunities: number;
  contracts: readonly ContractStanding[];
  /** Its nature now is past `suspect` (a record not yet stored is not). */
  qualified: boolean;
}

/**
 * The nature of a person or company (slide « Cycle de vie d'une personne ou entreprise »), one rule
 * for opportunities and contracts: an active contract whose product grants membership → member;
 * active contracts, none granting it → client; an opportunity or a contract that is no longer
 * active → prospect; nothing → suspect. The cycle only runs forward from suspect: a record once
 * qualified that holds nothing any more (a beneficiary a newer version of the contract leaves out,
 * a deleted opportunity) goes back to prospect, a known contact, not to suspect.
 */
export function natureOf(holdings: Holdings): Nature {
  const active = holdings.contracts.filter((contract) => contract.status === "active");
  if (active.some((contract) => contract.grantsMembership)) return "member";
  if (active.length > 0) return "client";
  if (holdings.opportunities > 0 || holdings.contracts.length > 0 || holdings.qualified) return "prospect";
  return "suspect";
}
