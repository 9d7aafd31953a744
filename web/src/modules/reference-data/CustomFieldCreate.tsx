import { Create, SimpleForm } from "react-admin";
import { cleanCustomField, CustomFieldInputs } from "./CustomFieldInputs";

export const CustomFieldCreate = () => (
  <Create redirect="list" transform={cleanCustomField}>
    <SimpleForm defaultValues={{ entity: "person", type: "text", required: false, listValues: [] }} sanitizeEmptyValues>
      <CustomFieldInputs mode="create" />
    </SimpleForm>
  </Create>
);
