import { useEffect, useState } from "react";
import { useDataProvider } from "react-admin";
import type { AdhesiaDataProvider } from "../../app/dataProvider";
import { isFinished, jobEventsUrl, type Job } from "./types";

const POLL_INTERVAL_MS = 1500;

function isJob(value: unknown): value is Job {
  return typeof value === "object" && value !== null && "id" in value && "state" in value && "progress" in value;
}

/**
 * Follows a background job through its server-sent events; when the stream breaks before the job
 * is finished (proxy, network), falls back to polling GET /jobs/{id}.
 */
export function useJobProgress(jobId: string | null): { job: Job | null; interrupted: boolean } {
  const dataProvider = useDataProvider<AdhesiaDataProvider>();
  const [job, setJob] = useState<Job | null>(null);
  const [interrupted, setInterrupted] = useState(false);

  useEffect(() => {
    if (!jobId) return undefined;
    let stopped = false;
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(jobEventsUrl(jobId), { withCredentials: true });

    const apply = (next: Job) => {
      setJob(next);
      finished = isFinished(next);
      if (finished) source.close();
    };
    const poll = async () => {
      if (stopped || finished) return;
      try {
        apply(await dataProvider.getJob(jobId));
      } catch {
        // keep polling: the error may be transient
      }
      if (!finished && !stopped) timer = setTimeout(poll, POLL_INTERVAL_MS);
    };

    const onJobEvent = (event: MessageEvent<string>) => {
      try {
        const next: unknown = JSON.parse(event.data);
        if (isJob(next)) apply(next);
      } catch {
        // ignore a malformed event, the next one or the polling fallback will catch up
      }
    };
    // The server names its events `job`; unnamed messages are accepted too.
    source.addEventListener("job", onJobEvent);
    source.onmessage = onJobEvent;
    source.onerror = () => {
      source.close();
      if (stopped || finished) return;
      setInterrupted(true);
      void poll();
    };

    return () => {
      stopped = true;
      source.close();
      clearTimeout(timer);
    };
  }, [jobId, dataProvider]);

  return { job, interrupted };
}
