import { Create, SimpleForm } from "react-admin";
import { PERSON_SCREEN, useDuplicateEntry } from "../duplicates";
import { PersonInputs } from "./PersonInputs";
import { personFormDefaults, toPersonPayload, type PersonFormValues } from "./personForm";
import { usePersonErrorHandler } from "./usePersonErrorHandler";
import { usePersonRights } from "./usePersonReferences";

/** A new person is a "suspect" until the server sees an opportunity or a contract; the record opens once saved. */
export const PersonCreate = () => {
  const { canWriteSensitive } = usePersonRights();
  const onError = usePersonErrorHandler();
  const duplicates = useDuplicateEntry(PERSON_SCREEN);
  return (
    <Create redirect="show" transform={(values: PersonFormValues) => toPersonPayload(values, { canWriteSensitive })} mutationOptions={{ onError: (error, variables) => duplicates.intercept(error, variables) || onError(error, variables) }}>
      <SimpleForm defaultValues={personFormDefaults}>
        <PersonInputs mode="create" />
      </SimpleForm>
      {duplicates.dialog}
    </Create>
  );
};
