import SearchIcon from "@mui/icons-material/ManageSearch";
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { JobProgress } from "../jobs";
import { startScan } from "./duplicatesApi";
import { failureMessage } from "./failureMessage";

/** « Lancer une recherche »: a scan of the whole base in the background; its progress is followed, the list refreshed when it ends. */
export const ScanButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      setJobId((await startScan()).jobId);
    } catch (failure) {
      notify(failureMessage(failure, translate("ra.notification.http_error")), { type: "error" });
    } finally {
      setStarting(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<SearchIcon />} onClick={() => void start()} disabled={starting || jobId !== null} data-testid="duplicate-scan">
        {translate("adhesia.duplicates.review.scan")}
      </Button>
      <Dialog open={jobId !== null} onClose={() => setJobId(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate("adhesia.duplicates.review.scan_title")}</DialogTitle>
        <DialogContent>{jobId && <JobProgress jobId={jobId} hasResult={false} onFinished={() => refresh()} />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setJobId(null)}>{translate("adhesia.common.close")}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
