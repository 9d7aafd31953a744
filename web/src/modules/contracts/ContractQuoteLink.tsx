import { Link, useCreatePath, useGetOne } from "react-admin";
import type { ContractRecord } from "./types";

/** The quote the contract came from, linked to its opportunity once the quote is read; its number alone when unknown here. */
export const ContractQuoteLink = ({ contract }: { contract: Pick<ContractRecord, "quoteId" | "quoteNumber"> }) => {
  const createPath = useCreatePath();
  const { data: quote } = useGetOne<{ id: string; opportunityId: string }>("quotes", { id: contract.quoteId ?? "" }, { enabled: contract.quoteId !== null });
  if (!contract.quoteNumber) return null;
  if (!quote) return <>{contract.quoteNumber}</>;
  return (
    <Link to={createPath({ resource: "opportunities", type: "show", id: quote.opportunityId })} underline="hover" data-testid="contract-quote">
      {contract.quoteNumber}
    </Link>
  );
};
