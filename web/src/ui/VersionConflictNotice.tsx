import { Alert, Button } from "@mui/material";
import { useCloseNotification, useTranslate } from "react-admin";

/** Notification body for a 409 `record.version_conflict`: explains and offers to reload the record. */
export const VersionConflictNotice = () => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Alert
      severity="warning"
      variant="filled"
      data-testid="version-conflict"
      onClose={close}
      sx={{ maxWidth: 560 }}
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {translate("adhesia.errors.reload")}
        </Button>
      }
    >
      {translate("adhesia.errors.version_conflict")}
    </Alert>
  );
};
