import { Edit, SimpleForm } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { cleanCustomField, CustomFieldInputs } from "./CustomFieldInputs";
import type { CustomFieldRecord } from "./types";

export const CustomFieldEdit = () => {
  const onError = useMutationErrorHandler();
  return (
    <Edit<CustomFieldRecord> mutationMode="pessimistic" mutationOptions={{ onError }} transform={cleanCustomField}>
      <SimpleForm>
        <CustomFieldInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
