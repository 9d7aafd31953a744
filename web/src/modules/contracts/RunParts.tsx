import DownloadIcon from "@mui/icons-material/Download";
import { Button, Chip, Stack } from "@mui/material";
import { useTranslate } from "react-admin";
import { fileUrl } from "../../ui/attachments/attachmentsApi";
import { runState, type RunState } from "./intakeReport";
import type { ImportBatchRecord } from "./types";

const STATE_COLORS: Record<RunState, "default" | "info" | "success" | "error" | "warning"> = { previewed: "warning", queued: "default", running: "info", succeeded: "success", failed: "error" };

/** Who sent a run: a user, else the API key of the back-office system, else the system itself (the CLI). */
export const RunAuthor = ({ batch }: { batch: Pick<ImportBatchRecord, "createdByName" | "createdByApiKeyName"> }) => {
  const translate = useTranslate();
  if (batch.createdByName) return <>{batch.createdByName}</>;
  if (batch.createdByApiKeyName) return <>{translate("adhesia.contracts.history.api_key", { name: batch.createdByApiKeyName })}</>;
  return <>{translate("adhesia.contracts.history.system")}</>;
};

/** A run's state: simulated only, or its job's. */
export const RunStateChip = ({ batch }: { batch: Pick<ImportBatchRecord, "status" | "state"> }) => {
  const translate = useTranslate();
  const state = runState(batch);
  return <Chip size="small" color={STATE_COLORS[state]} label={translate(`adhesia.contracts.batch_states.${state}`)} data-testid="run-state" data-state={state} sx={{ height: 20, fontSize: 12 }} />;
};

/** The run's downloadable files: what it received, its report and its error file. */
export const RunFiles = ({ batch, inputs = true }: { batch: ImportBatchRecord; inputs?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", rowGap: 0.5 }}>
      {inputs &&
        batch.files.map((file) => (
          <Button key={file.fileId} size="small" href={fileUrl(file.fileId)} download startIcon={<DownloadIcon />} onClick={(event) => event.stopPropagation()} sx={{ textTransform: "none" }}>
            {translate(`adhesia.contracts.files.${file.role}`, { _: file.role })} — {file.name}
          </Button>
        ))}
      {batch.resultFileId && (
        <Button size="small" href={fileUrl(batch.resultFileId)} download startIcon={<DownloadIcon />} onClick={(event) => event.stopPropagation()}>
          {translate("adhesia.contracts.history.result_file")}
        </Button>
      )}
      {batch.errorReportFileId && (
        <Button size="small" color="error" href={fileUrl(batch.errorReportFileId)} download startIcon={<DownloadIcon />} onClick={(event) => event.stopPropagation()} data-testid="run-error-file">
          {translate("adhesia.contracts.history.error_file")}
        </Button>
      )}
    </Stack>
  );
};
