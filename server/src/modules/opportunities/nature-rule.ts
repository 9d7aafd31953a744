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
}

/**
 * The nature of a person or company (slide « Cycle de vie d'une personne ou entreprise »), one rule
 * for opportunities and contracts: an active contract whose product grants membership → member;
 * active contracts, none granting it → client; an opportunity or a contract that is no longer
 * active → prospect; nothing → suspect.
 */
export function natureOf(holdings: Holdings): Nature {
  const active = holdings.contracts.filter((contract) => contract.status === "active");
  if (active.some((contract) => contract.grantsMembership)) return "member";
  if (active.length > 0) return "client";
  if (holdings.opportunities > 0 || holdings.contracts.length > 0) return "prospect";
  return "suspect";
}
