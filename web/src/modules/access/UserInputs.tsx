import { Stack } from "@mui/material";
import {
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  email,
  Labeled,
  PasswordInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextInput,
} from "react-admin";
import { LocalDateField } from "../../ui/LocalDateField";
import { LOCALE_CHOICES } from "./types";

const validateEmail = [required(), email()];

/** Fields shared by user creation and edition: the email is fixed once created, the password only set at creation. */
export const UserInputs = ({ mode }: { mode: "create" | "edit" }) => (
  <>
    <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
      <TextInput source="email" type="email" validate={mode === "create" ? validateEmail : undefined} disabled={mode === "edit"} />
      <TextInput source="displayName" validate={required()} />
    </Stack>
    <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
      {mode === "create" && <PasswordInput source="password" autoComplete="new-password" helperText="adhesia.users.password_help" />}
      <SelectInput source="locale" choices={LOCALE_CHOICES} translateChoice={false} validate={required()} />
    </Stack>
    {mode === "edit" && (
      <Stack direction="row" spacing={4} sx={{ mb: 2 }}>
        <BooleanInput source="active" helperText="adhesia.users.deactivate_help" />
        <Labeled source="totpEnabled">
          <BooleanField source="totpEnabled" />
        </Labeled>
        <Labeled source="lastLoginAt">
          <LocalDateField source="lastLoginAt" showTime />
        </Labeled>
      </Stack>
    )}
    <ReferenceArrayInput source="roleIds" reference="roles" perPage={100} sort={{ field: "name", order: "ASC" }}>
      <CheckboxGroupInput optionText="name" row={false} label="resources.users.fields.roleIds" />
    </ReferenceArrayInput>
  </>
);
