import FileUploadIcon from "@mui/icons-material/FileUpload";
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useCanAccess, useRefresh, useTranslate } from "react-admin";
import { JobProgress } from "../modules/jobs";
import { uploadImport } from "./uploadImport";

export interface ImportButtonProps {
  /** API path of the import (`/origins/import`): POST multipart `file` → 202 `{ jobId }`. */
  path: string;
  /** The resource whose `create` right the import needs. */
  resource: string;
  /** Translation keys of the dialog title and of the help text (columns, how lines are matched). */
  title: string;
  help: string;
  /** `data-testid` of the file input. */
  testId: string;
}

/** Uploads a CSV or XLSX file and follows the import job, with the per-line error report once done. */
export const ImportButton = ({ path, resource, title, help, testId }: ImportButtonProps) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource, action: "create" });
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  if (!canAccess) return null;

  /** Closing after an import shows the records it created or changed. */
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
      setJobId((await uploadImport(path, file)).jobId);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : translate("ra.notification.http_error"));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button label="adhesia.import.button" onClick={() => setOpen(true)}>
        <FileUploadIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          {jobId ? (
            <JobProgress jobId={jobId} />
          ) : (
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {translate(help)}
              </Typography>
              <MuiButton variant="outlined" component="label" sx={{ alignSelf: "flex-start" }}>
                {file ? file.name : translate("adhesia.import.choose")}
                <input
                  hidden
                  type="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  data-testid={testId}
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
              {translate("adhesia.import.send")}
            </MuiButton>
          )}
          <MuiButton onClick={close}>{translate("adhesia.common.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
