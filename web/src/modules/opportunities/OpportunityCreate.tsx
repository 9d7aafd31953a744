import { AutocompleteInput, Create, ReferenceInput, SimpleForm, type Identifier } from "react-admin";
import { useWatch } from "react-hook-form";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { personName, type PersonRecord } from "../persons";
import { OpportunityInputs } from "./OpportunityInputs";
import { toOpportunityPayload, type OpportunityFormValues } from "./opportunityForm";

/** The holder: the record the tab's button opened the form from (`?source=`), or another one chosen here. */
const HolderInput = () => {
  const companyId = useWatch<OpportunityFormValues, "companyId">({ name: "companyId" });
  return companyId ? (
    <ReferenceInput source="companyId" reference="companies" perPage={10} sort={{ field: "name", order: "ASC" }}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} helperText={false} />
    </ReferenceInput>
  ) : (
    <ReferenceInput source="personId" reference="persons" perPage={10} sort={{ field: "lastName", order: "ASC" }}>
      <AutocompleteInput optionText={(person: PersonRecord) => personName(person)} filterToQuery={(q: string) => ({ q })} helperText={false} />
    </ReferenceInput>
  );
};

/**
 * « Nouvelle opportunité »: opened from a person's or a company's tab with its holder and origin
 * filled in; the first opportunity of a suspect makes it a prospect (server side, same transaction).
 */
export const OpportunityCreate = () => {
  const onError = useMutationErrorHandler();
  return (
    <Create<OpportunityFormValues & { id: Identifier }> redirect="show" transform={(values: OpportunityFormValues) => toOpportunityPayload(values, { withHolder: true })} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ domain: "health" }} data-testid="opportunity-form">
        <HolderInput />
        <OpportunityInputs />
      </SimpleForm>
    </Create>
  );
};
