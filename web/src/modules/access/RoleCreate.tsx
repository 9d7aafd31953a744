import { Create, SimpleForm } from "react-admin";
import { RoleInputs } from "./RoleInputs";

export const RoleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ permissions: [] }} sanitizeEmptyValues>
      <RoleInputs mode="create" />
    </SimpleForm>
  </Create>
);
