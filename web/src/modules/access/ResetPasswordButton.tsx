import LockResetIcon from "@mui/icons-material/LockReset";
import { useState } from "react";
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useTranslate } from "react-admin";
import type { AdhesiaDataProvider } from "../../app/dataProvider";
import { SecretDialog } from "../../ui/SecretDialog";
import type { UserRecord } from "./types";

/** POST /users/{id}/reset-password, after confirmation; the temporary password is shown once. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<UserRecord>();
  const dataProvider = useDataProvider<AdhesiaDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  if (!record) return null;

  const reset = async () => {
    setPending(true);
    try {
      setPassword((await dataProvider.resetUserPassword(record.id)).temporaryPassword);
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button label="adhesia.users.reset_password" onClick={() => setConfirming(true)} disabled={pending}>
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="adhesia.users.reset_password"
        content={translate("adhesia.users.reset_password_confirm", { name: record.displayName })}
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      />
      {password && (
        <SecretDialog
          open
          title={translate("adhesia.users.temporary_password_title")}
          message={translate("adhesia.users.temporary_password_text", { name: record.displayName })}
          secret={password}
          onClose={() => setPassword(null)}
        />
      )}
    </>
  );
};
