import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from "react-admin";
import { useMergedRecordRedirect } from "../duplicates";
import { personName } from "./format";
import { PersonInputs } from "./PersonInputs";
import { personFormDefaults, toPersonPayload, type PersonFormValues } from "./personForm";
import { usePersonErrorHandler } from "./usePersonErrorHandler";
import { usePersonRights } from "./usePersonReferences";
import type { PersonRecord } from "./types";

const PersonEditToolbar = () => {
  const translate = useTranslate();
  const record = useRecordContext<PersonRecord>();
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      <DeleteWithConfirmButton
        mutationMode="pessimistic"
        redirect="list"
        confirmTitle={translate("adhesia.persons.delete_title", { name: personName(record) })}
        confirmContent="adhesia.persons.delete_content"
      />
    </Toolbar>
  );
};

/** PATCH with the version the form was loaded from (the data provider adds it): a concurrent change answers 409. */
export const PersonEdit = () => {
  const { canWriteSensitive } = usePersonRights();
  const onError = usePersonErrorHandler();
  const mergedRedirect = useMergedRecordRedirect<PersonRecord>({ resource: "persons", type: "edit", nameOf: personName });
  return (
    <Edit<PersonRecord>
      mutationMode="pessimistic"
      queryOptions={mergedRedirect}
      redirect="show"
      transform={(values: PersonFormValues, options?: { previousData?: PersonRecord }) => toPersonPayload(values, { previous: options?.previousData, canWriteSensitive }) as Partial<PersonRecord>}
      mutationOptions={{ onError }}
    >
      <SimpleForm defaultValues={personFormDefaults} toolbar={<PersonEditToolbar />}>
        <PersonInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
