import { Alert, Stack } from "@mui/material";
import { RadioButtonGroupInput, regex, required, TextInput, useRecordContext, useTranslate } from "react-admin";
import { dataScopeChoices } from "../organisation";
import { PermissionsInput } from "./PermissionsInput";
import type { RoleRecord } from "./types";

const validateCode = [required(), regex(/^[a-z][a-z0-9_-]*$/, "ra.validation.regex")];

/** Fields shared by role creation and edition; the code is fixed once created, a system role is read-only (the server answers 409). */
export const RoleInputs = ({ mode }: { mode: "create" | "edit" }) => {
  const translate = useTranslate();
  const record = useRecordContext<RoleRecord>();
  const readOnly = record?.system ?? false;
  return (
    <>
      {record?.system && (
        <Alert severity="info" sx={{ mb: 2, width: "100%" }} data-testid="role-system-notice">
          {translate("adhesia.roles.system_help")}
        </Alert>
      )}
      <Stack direction={{ xs: "column", md: "row" }} spacing={{ xs: 0, md: 2 }} sx={{ width: "100%" }}>
        <TextInput source="code" validate={mode === "create" ? validateCode : undefined} disabled={mode === "edit"} sx={{ flex: 1 }} />
        <TextInput source="name" validate={required()} disabled={readOnly} sx={{ flex: 2 }} />
      </Stack>
      <TextInput source="description" multiline minRows={2} disabled={readOnly} />
      <RadioButtonGroupInput source="dataScope" choices={dataScopeChoices} defaultValue="all" helperText="adhesia.roles.data_scope_help" disabled={readOnly} />
      <PermissionsInput disabled={readOnly} />
    </>
  );
};
