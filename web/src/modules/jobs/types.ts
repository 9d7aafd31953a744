export type JobState = "queued" | "running" | "succeeded" | "failed";

/** Background job as sent by GET /jobs/{id} and each server-sent event of /jobs/{id}/events. */
export interface Job {
  id: string;
  kind: string;
  state: JobState;
  progress: number;
  counters: Record<string, number>;
  resultFileId: string | null;
  errorReportFileId?: string | null;
  errorMessage: string | null;
}

export function isFinished(job: Job | null): boolean {
  return job?.state === "succeeded" || job?.state === "failed";
}

export function jobResultUrl(jobId: string): string {
  return `/api/v1/jobs/${encodeURIComponent(jobId)}/result`;
}

export function jobErrorReportUrl(jobId: string): string {
  return `/api/v1/jobs/${encodeURIComponent(jobId)}/error-report`;
}

export function jobEventsUrl(jobId: string): string {
  return `/api/v1/jobs/${encodeURIComponent(jobId)}/events`;
}
