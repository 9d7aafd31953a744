import type { MouseEvent } from "react";
import { Link, useCreatePath } from "react-admin";
import type { ContractRecord } from "./types";

/** The contract's holder, a person or a company, linked to its record under the name the API gives. */
export const ContractHolderLink = ({ contract }: { contract: Pick<ContractRecord, "holderPersonId" | "holderCompanyId" | "holderName"> }) => {
  const createPath = useCreatePath();
  const target = contract.holderPersonId ? { resource: "persons", id: contract.holderPersonId } : contract.holderCompanyId ? { resource: "companies", id: contract.holderCompanyId } : null;
  if (!target) return <>{contract.holderName}</>;
  return (
    <Link to={createPath({ ...target, type: "show" })} underline="hover" onClick={(event: MouseEvent) => event.stopPropagation()} data-testid="contract-holder">
      {contract.holderName}
    </Link>
  );
};
