import FileUploadIcon from "@mui/icons-material/FileUpload";
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useCanAccess, useRefresh, useTranslate } from "react-admin";
import { JobProgress } from "../jobs";
import { uploadOriginsImport } from "./originsApi";

/** Uploads a CSV or XLSX file (POST /origins/import → 202 jobId) and follows the import job. */
export const OriginImportButton = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: "origins", action: "create" });
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  if (!canAccess) return null;

  /** Closing after an import shows the origins it created or changed. */
  const close = () => {
    if (jobId) refresh();
    setOpen(false);
    setFile(null);
    setJobId(null);
    setError(null);
  };
  const send = async () => {
    if (!file) return;
    setSending(true);
    setError(null);
    try {
      setJobId((await uploadOriginsImport(file)).jobId);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : translate("ra.notification.http_error"));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button label="adhesia.origins.import" onClick={() => setOpen(true)}>
        <FileUploadIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate("adhesia.origins.import_title")}</DialogTitle>
        <DialogContent>
          {jobId ? (
            <JobProgress jobId={jobId} />
          ) : (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {translate("adhesia.origins.import_help")}
              </Typography>
              <MuiButton variant="outlined" component="label" sx={{ alignSelf: "flex-start" }}>
                {file ? file.name : translate("adhesia.origins.import_choose")}
                <input
                  hidden
                  type="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  data-testid="origin-import-file"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </MuiButton>
              {error && <Alert severity="error">{error}</Alert>}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          {!jobId && (
            <MuiButton variant="contained" onClick={send} disabled={!file || sending}>
              {translate("adhesia.origins.import_send")}
            </MuiButton>
          )}
          <MuiButton onClick={close}>{translate("adhesia.common.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
