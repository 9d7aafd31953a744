import { Create, SimpleForm } from "react-admin";
import { DuplicateCheckWarning, PERSON_SCREEN, useDuplicateEntry } from "../duplicates";
import { PersonInputs } from "./PersonInputs";
import { personFormDefaults, toPersonPayload, type PersonFormValues } from "./personForm";
import { usePersonErrorHandler } from "./usePersonErrorHandler";
import { usePersonRights } from "./usePersonReferences";

/** A new person is a "suspect" until the server sees an opportunity or a contract; the record opens once saved. */
export const PersonCreate = () => {
  const { canWriteSensitive } = usePersonRights();
  const onError = usePersonErrorHandler();
  const duplicates = useDuplicateEntry(PERSON_SCREEN);
  const toPayload = (values: PersonFormValues) => toPersonPayload(values, { canWriteSensitive });
  return (
    <Create redirect="show" transform={toPayload} mutationOptions={{ onError: (error, variables) => duplicates.intercept(error, variables) || onError(error, variables) }}>
      <SimpleForm defaultValues={personFormDefaults}>
        <DuplicateCheckWarning<PersonFormValues> screen={PERSON_SCREEN} toDraft={toPayload} />
        <PersonInputs mode="create" />
      </SimpleForm>
      {duplicates.dialog}
    </Create>
  );
};
