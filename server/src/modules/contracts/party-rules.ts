import type { CoverageDomain, RelationType } from "../persons/index.js";
import type { BeneficiaryRole, ContractStatus } from "./schema.js";

/**
 * A person as a contract names them, reduced to what tells two lines about the same person apart in
 * one contract (the holder listed again as main insured, a replayed beneficiary): lower case, no
 * accents, letters and digits only.
 */
export function identityKey(person: { lastName: string; firstName: string; birthDate: string }): string {
  const fold = (value: string) =>
    value
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
  return `${fold(person.lastName)}|${fold(person.firstName)}|${person.birthDate}`;
}

export interface CoveredPerson {
  role: BeneficiaryRole;
  personId: string;
}

export interface FamilyRelation {
  personId: string;
  type: Extract<RelationType, "spouse_of" | "child_of">;
  relatedPersonId: string;
}

/**
 * The family relations a contract's roles state: a spouse is `spouse_of`, a child `child_of`, the
 * main insured they follow in the list — or, before any main insured, the holder when a person.
 * Dependents ("ayants droit") state no relation. A group contract lists each employee (main
 * insured) followed by their family.
 */
export function relationsFromRoles(holderPersonId: string | null, covered: readonly CoveredPerson[]): FamilyRelation[] {
  const relations: FamilyRelation[] = [];
  let mainInsured = holderPersonId;
  for (const { role, personId } of covered) {
    if (role === "main_insured") mainInsured = personId;
    else if (mainInsured && mainInsured !== personId && (role === "spouse" || role === "child")) {
      relations.push({ personId, type: role === "spouse" ? "spouse_of" : "child_of", relatedPersonId: mainInsured });
    }
  }
  return relations;
}

/** Equipment flags: the domains of the active contracts among these. */
export function coverageFlagsOf(contracts: ReadonlyArray<{ status: ContractStatus; domain: CoverageDomain }>): CoverageDomain[] {
  return [...new Set(contracts.filter((contract) => contract.status === "active").map((contract) => contract.domain))].sort();
}
