import { useState } from "react";
import { Create, required, SimpleForm, TextInput, useRedirect, useTranslate } from "react-admin";
import { SecretDialog } from "../../ui/SecretDialog";
import { PermissionsInput } from "./PermissionsInput";
import type { ApiKeyRecord } from "./types";

/** The full key is only in the POST answer: it is shown once, then the list is displayed. */
export const ApiKeyCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<ApiKeyRecord | null>(null);

  return (
    <>
      <Create<ApiKeyRecord> redirect={false} mutationOptions={{ onSuccess: (apiKey) => setCreated(apiKey) }}>
        <SimpleForm defaultValues={{ permissions: [] }} sanitizeEmptyValues>
          <TextInput source="name" validate={required()} />
          <PermissionsInput helperText="adhesia.api_keys.permissions_help" />
        </SimpleForm>
      </Create>
      {created && (
        <SecretDialog
          open
          title={translate("adhesia.api_keys.key_title")}
          message={translate("adhesia.api_keys.key_text", { name: created.name })}
          secret={created.key ?? ""}
          onClose={() => redirect("list", "api-keys")}
        />
      )}
    </>
  );
};
