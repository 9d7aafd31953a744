import PgBoss from "pg-boss";
import type { Database } from "../db/database.js";
import { updateJobRun, type JobRunView } from "./job-runs.js";

export interface JobMessage {
  tenantId: string;
  jobRunId: string;
  userId: string | null;
}

export interface JobProgress {
  /** Records progress (0–100) and counters, visible at once to whoever follows the job. */
  report(progress: number, counters?: Record<string, number>): Promise<void>;
}

export interface JobOutcome {
  resultFileId?: string;
  errorReportFileId?: string;
  counters?: Record<string, number>;
}

export type JobHandler = (message: JobMessage, progress: JobProgress) => Promise<JobOutcome>;

/**
 * Background jobs on pg-boss, in the application's own database. The job_run row is what people
 * see; pg-boss is only the delivery mechanism.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private started = false;

  constructor(private readonly database: Database, databaseUrl: string | undefined) {
    this.boss = new PgBoss({
      ...(databaseUrl ? { connectionString: databaseUrl, max: 4 } : { db: database.raw }),
      schema: "pgboss",
      supervise: true,
      schedule: false,
    });
    this.boss.on("error", (error) => console.error("job queue error", error));
  }

  define(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async start(options: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const kind of this.handlers.keys()) await this.boss.createQueue(kind);
    if (!options.work) return;
    for (const [kind, handler] of this.handlers) {
      await this.boss.work<JobMessage>(kind, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await this.run(handler, job.data);
      });
    }
  }

  async enqueue(kind: string, message: JobMessage): Promise<void> {
    if (!this.handlers.has(kind)) throw new Error(`Unknown job kind ${kind}`);
    await this.boss.send(kind, message, { retryLimit: 0 });
  }

  private async run(handler: JobHandler, message: JobMessage): Promise<void> {
    const { tenantId, jobRunId } = message;
    await updateJobRun(this.database, tenantId, jobRunId, { state: "running", startedAt: new Date(), progress: 0 });
    const progress: JobProgress = {
      report: (value, counters) =>
        updateJobRun(this.database, tenantId, jobRunId, { progress: Math.max(0, Math.min(100, Math.round(value))), ...(counters ? { counters } : {}) }),
    };
    try {
      const outcome = await handler(message, progress);
      await updateJobRun(this.database, tenantId, jobRunId, { state: "succeeded", progress: 100, finishedAt: new Date(), ...outcome });
    } catch (error) {
      await updateJobRun(this.database, tenantId, jobRunId, {
        state: "failed",
        finishedAt: new Date(),
        errorMessage: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
    this.started = false;
  }
}

export const isFinished = (job: JobRunView): boolean => job.state === "succeeded" || job.state === "failed";
