import { Edit, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { OpportunityInputs } from "./OpportunityInputs";
import { toOpportunityPayload, type OpportunityFormValues } from "./opportunityForm";
import type { OpportunityRecord } from "./types";

/** Edits the need and its follow-up; the state moves only with its quotes or a close. */
export const OpportunityEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<OpportunityRecord>
      mutationMode="pessimistic"
      redirect="show"
      transform={(values: OpportunityFormValues) => toOpportunityPayload(values, { withHolder: false })}
      mutationOptions={{ onError }}
    >
      <SimpleForm>
        <OpportunityInputs />
      </SimpleForm>
    </Edit>
  );
};
