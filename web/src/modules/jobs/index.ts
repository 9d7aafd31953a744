export { JobProgress } from "./JobProgress";
export { useJobProgress } from "./useJobProgress";
export { isFinished, jobResultUrl, type Job, type JobState } from "./types";
