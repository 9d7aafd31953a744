import { useState } from "react";
import { Create, SimpleForm, useNotify, useRedirect, useTranslate } from "react-admin";
import { SecretDialog } from "../../ui/SecretDialog";
import { UserInputs } from "./UserInputs";
import type { UserRecord } from "./types";

type UserDraft = Partial<UserRecord> & { password?: string };

/** No password typed: the server generates a temporary one, shown once. */
const dropEmptyPassword = ({ password, ...user }: UserDraft): UserDraft => (password ? { ...user, password } : user);

export const UserCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<UserRecord | null>(null);

  const onSuccess = (user: UserRecord) => {
    notify("ra.notification.created", { type: "info", messageArgs: { smart_count: 1 } });
    if (user.temporaryPassword) setCreated(user);
    else redirect("edit", "users", user.id);
  };

  return (
    <>
      <Create<UserRecord> redirect={false} transform={dropEmptyPassword} mutationOptions={{ onSuccess }}>
        <SimpleForm defaultValues={{ locale: "fr", roleIds: [] }} sanitizeEmptyValues>
          <UserInputs mode="create" />
        </SimpleForm>
      </Create>
      {created?.temporaryPassword && (
        <SecretDialog
          open
          title={translate("adhesia.users.temporary_password_title")}
          message={translate("adhesia.users.temporary_password_text", { name: created.displayName })}
          secret={created.temporaryPassword}
          onClose={() => redirect("edit", "users", created.id)}
        />
      )}
    </>
  );
};
