import { Create, SimpleForm } from "react-admin";
import { OriginInputs, validateOriginDates } from "./OriginInputs";

export const OriginCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ kind: "campaign" }} validate={validateOriginDates} sanitizeEmptyValues>
      <OriginInputs mode="create" />
    </SimpleForm>
  </Create>
);
