import FileDownloadIcon from "@mui/icons-material/FileDownload";
import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton } from "@mui/material";
import { useState } from "react";
import { Button, useDataProvider, useNotify, useTranslate } from "react-admin";
import type { AdhesiaDataProvider } from "../../app/dataProvider";
import { JobProgress } from "../jobs";

/** Starts the asynchronous CSV export (POST /users/export → 202 jobId) and follows the job. */
export const UserExportButton = () => {
  const dataProvider = useDataProvider<AdhesiaDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const start = async () => {
    setStarting(true);
    try {
      setJobId((await dataProvider.exportUsers()).jobId);
    } catch (error) {
      notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
      <Button label="adhesia.users.export" onClick={start} disabled={starting}>
        <FileDownloadIcon />
      </Button>
      <Dialog open={jobId !== null} onClose={() => setJobId(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate("adhesia.users.export_title")}</DialogTitle>
        <DialogContent>{jobId && <JobProgress jobId={jobId} />}</DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setJobId(null)}>{translate("adhesia.common.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
