import { Create, SimpleForm } from "react-admin";
import { PersonInputs } from "./PersonInputs";
import { personFormDefaults, toPersonPayload, type PersonFormValues } from "./personForm";
import { usePersonErrorHandler } from "./usePersonErrorHandler";
import { usePersonRights } from "./usePersonReferences";

/** A new person is a "suspect" until the server sees an opportunity or a contract; the record opens once saved. */
export const PersonCreate = () => {
  const { canWriteSensitive } = usePersonRights();
  const onError = usePersonErrorHandler();
  return (
    <Create redirect="show" transform={(values: PersonFormValues) => toPersonPayload(values, { canWriteSensitive })} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={personFormDefaults}>
        <PersonInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};
