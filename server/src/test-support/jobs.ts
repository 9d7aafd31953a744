import type { Caller } from "./test-app.js";

export interface FinishedJob {
  state: string;
  progress: number;
  counters: Record<string, number>;
  resultFileId: string | null;
  errorReportFileId: string | null;
  errorMessage: string | null;
}

/** Polls a job until it succeeds or fails (the worker runs in the test app), for at most 30 s. */
export async function waitForJob(caller: Caller, jobId: string): Promise<FinishedJob> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const job = (await caller.request({ method: "GET", url: `/api/v1/jobs/${jobId}` })).json<FinishedJob>();
    if (job.state === "succeeded" || job.state === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("job did not finish");
}
