import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, Button, Chip, LinearProgress, Stack, Typography } from "@mui/material";
import { useEffect, useRef } from "react";
import { useTranslate } from "react-admin";
import { isFinished, jobErrorReportUrl, jobResultUrl, type Job, type JobState } from "./types";
import { useJobProgress } from "./useJobProgress";

const STATE_COLORS: Record<JobState, "default" | "info" | "success" | "error"> = {
  queued: "default",
  running: "info",
  succeeded: "success",
  failed: "error",
};

export interface JobProgressProps {
  jobId: string;
  /** Whether the job produces a file to download (an export does, a duplicate scan does not). */
  hasResult?: boolean;
  /** Called once when the job succeeds or fails. */
  onFinished?: (job: Job) => void;
}

/** Progress bar of a background job (export, import, scan…), with the result download once it succeeded. */
export const JobProgress = ({ jobId, hasResult = true, onFinished }: JobProgressProps) => {
  const translate = useTranslate();
  const { job, interrupted } = useJobProgress(jobId);
  // Kept in a ref so that a new callback identity on each render does not call it again.
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;
  const finishedState = isFinished(job) ? job?.state : undefined;
  useEffect(() => {
    if (finishedState && job) onFinishedRef.current?.(job);
  }, [finishedState]); // once per finished state, not per progress event
  const state: JobState = job?.state ?? "queued";
  const progress = Math.max(0, Math.min(100, job?.progress ?? 0));

  return (
    <Stack spacing={1.5} data-testid="job-progress" data-state={state}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <Chip size="small" color={STATE_COLORS[state]} label={translate(`adhesia.jobs.states.${state}`)} />
        <Typography variant="body2" color="text.secondary">
          {translate("adhesia.jobs.progress", { progress })}
        </Typography>
      </Box>
      <LinearProgress
        variant={state === "queued" ? "indeterminate" : "determinate"}
        value={progress}
        color={state === "failed" ? "error" : state === "succeeded" ? "success" : "primary"}
        aria-label={translate("adhesia.jobs.progress", { progress })}
      />
      {job && Object.keys(job.counters ?? {}).length > 0 && (
        <Typography variant="caption" color="text.secondary">
          {/* Lines of a file: "lues", "créées"… in the reader's language; a counter without a label keeps its name. */}
          {Object.entries(job.counters).map(([name, value]) => `${translate(`adhesia.jobs.counters.${name}`, { _: name })} : ${value}`).join(" · ")}
        </Typography>
      )}
      {interrupted && state !== "succeeded" && state !== "failed" && (
        <Typography variant="caption" color="text.secondary">
          {translate("adhesia.jobs.connection_lost")}
        </Typography>
      )}
      {state === "failed" && <Alert severity="error">{translate("adhesia.jobs.failed", { message: job?.errorMessage ?? "" })}</Alert>}
      {job?.errorReportFileId && (
        <Button variant="outlined" component="a" href={jobErrorReportUrl(jobId)} download sx={{ alignSelf: "flex-start" }}>
          {translate("adhesia.jobs.error_report")}
        </Button>
      )}
      {state === "succeeded" && hasResult && (
        <Button variant="contained" component="a" href={jobResultUrl(jobId)} download startIcon={<DownloadIcon />} sx={{ alignSelf: "flex-start" }}>
          {translate("adhesia.jobs.download")}
        </Button>
      )}
    </Stack>
  );
};
