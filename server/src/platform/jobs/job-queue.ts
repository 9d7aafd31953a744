import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../db/database.js";
import { withoutQueryParameters } from "../db/errors.js";
import { Problem } from "../http/problem.js";
import { registerMessages } from "../i18n/messages.js";
import { updateJobRun, type JobRunView } from "./job-runs.js";

registerMessages({
  "job.queue_unavailable": {
    fr: "La tâche n'a pas pu être mise en file d'attente ; réessayez plus tard",
    en: "The job could not be queued; try again later",
  },
  "job.not_queued": { fr: "Le traitement n'a pas pu être mis en file d'attente ; relancez-le plus tard", en: "The job could not be queued; start it again later" },
  "job.retrying": { fr: "Erreur technique : un nouvel essai est prévu", en: "Technical error: the job will be tried again" },
  "job.failed": { fr: "Le traitement a échoué sur une erreur technique, dont le détail est dans le journal du serveur", en: "The job failed on a technical error, whose details are in the server log" },
});

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

/** How often a failed job is tried again; only a job that is safe to run twice may retry. */
export interface JobRetryPolicy {
  retryLimit: number;
  /** Before the first retry; doubled at each next one. */
  retryDelaySeconds: number;
}

export const NO_RETRY: JobRetryPolicy = { retryLimit: 0, retryDelaySeconds: 0 };
/** For idempotent jobs (an import by business key, an export): a passing fault gets three more chances, 30 s, 1 min, 2 min later. */
export const RETRY_IDEMPOTENT: JobRetryPolicy = { retryLimit: 3, retryDelaySeconds: 30 };

interface JobDefinition {
  handler: JobHandler;
  retry: JobRetryPolicy;
}

/** Work done on a schedule for every tenant (expiring quotes at night…): no job run, no user; it walks the tenants itself. */
export type RecurringTask = () => Promise<void>;

interface RecurringDefinition {
  cron: string;
  task: RecurringTask;
}

/** Schedules read as French wall-clock time: "every night at 2" stays at 2 across daylight saving. */
const SCHEDULE_TIME_ZONE = "Europe/Paris";

/**
 * Background jobs on pg-boss, in the application's own database. The job_run row is what people
 * see; pg-boss is only the delivery mechanism.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly recurringTasks = new Map<string, RecurringDefinition>();
  private started = false;

  constructor(
    private readonly database: Database,
    databaseUrl: string | undefined,
    private readonly logger: Logger,
  ) {
    this.boss = new PgBoss({
      ...(databaseUrl ? { connectionString: databaseUrl, max: 4 } : { db: database.raw }),
      schema: "pgboss",
      supervise: true,
      // Cron schedules (recurring tasks): pg-boss puts one job per tick in the queue, whichever process ticks first.
      schedule: true,
    });
    this.boss.on("error", (error) => this.logger.error({ err: withoutQueryParameters(error) }, "job queue error"));
  }

  define(kind: string, handler: JobHandler, retry: JobRetryPolicy = NO_RETRY): void {
    this.definitions.set(kind, { handler, retry });
  }

  /**
   * Runs `task` on a cron schedule (Europe/Paris time), once per tick across every process of the
   * cluster, in whichever worker takes the job. The task must be safe to run twice (a retry, a
   * catch-up after downtime): make it a function of the state it finds.
   */
  recurring(kind: string, cron: string, task: RecurringTask): void {
    this.recurringTasks.set(kind, { cron, task });
  }

  async start(options: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const kind of this.definitions.keys()) await this.boss.createQueue(kind);
    for (const [kind, { cron }] of this.recurringTasks) {
      await this.boss.createQueue(kind);
      await this.boss.schedule(kind, cron, {}, { tz: SCHEDULE_TIME_ZONE, retryLimit: 2, retryDelay: 300 });
    }
    if (!options.work) return;
    for (const [kind, { task }] of this.recurringTasks) await this.boss.work(kind, { pollingIntervalSeconds: 30 }, () => task());
    for (const [kind, { handler }] of this.definitions) {
      await this.boss.work<JobMessage>(kind, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
        if (job) await this.run(kind, handler, job.data, job.retryCount >= job.retryLimit);
      });
    }
  }

  /**
   * Queues a run already committed by insertJobRun (the pg-boss job takes the run's id). A send
   * that fails marks the run failed with the reason, so that it never stays `queued` for nobody,
   * and answers 503 `job.queue_unavailable`.
   */
  async enqueue(kind: string, message: JobMessage): Promise<void> {
    const definition = this.definitions.get(kind);
    if (!definition) throw new Error(`Unknown job kind ${kind}`);
    const { retryLimit, retryDelaySeconds } = definition.retry;
    try {
      const sent = await this.boss.send(kind, message, { id: message.jobRunId, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: retryLimit > 0 });
      // pg-boss answers null, without error, when it inserted nothing (no queue of that name).
      if (sent === null) throw new Error(`pg-boss has no queue ${kind}`);
    } catch (error) {
      this.logFailure(kind, message.jobRunId, "could not be queued", error);
      await updateJobRun(this.database, message.tenantId, message.jobRunId, { state: "failed", finishedAt: new Date(), errorMessage: "job.not_queued" });
      throw new Problem(503, "job.queue_unavailable");
    }
  }

  /**
   * One attempt. A failure that pg-boss will retry puts the run back to `queued` with the
   * attempt's error and is rethrown for pg-boss; only the last attempt marks the run failed.
   */
  private async run(kind: string, handler: JobHandler, message: JobMessage, lastAttempt: boolean): Promise<void> {
    const { tenantId, jobRunId } = message;
    await updateJobRun(this.database, tenantId, jobRunId, { state: "running", startedAt: new Date(), progress: 0 });
    const progress: JobProgress = {
      report: (value, counters) =>
        updateJobRun(this.database, tenantId, jobRunId, { progress: Math.max(0, Math.min(100, Math.round(value))), ...(counters ? { counters } : {}) }),
    };
    try {
      const outcome = await handler(message, progress);
      await updateJobRun(this.database, tenantId, jobRunId, { state: "succeeded", progress: 100, finishedAt: new Date(), errorMessage: null, ...outcome });
    } catch (error) {
      this.logFailure(kind, jobRunId, lastAttempt ? "failed" : "will be retried", error);
      if (!lastAttempt) {
        await updateJobRun(this.database, tenantId, jobRunId, { state: "queued", progress: 0, errorMessage: "job.retrying" });
        // pg-boss keeps what it is thrown in its own table.
        throw withoutQueryParameters(error);
      }
      await updateJobRun(this.database, tenantId, jobRunId, { state: "failed", finishedAt: new Date(), errorMessage: failureCode(error) });
    }
  }

  /** The technical detail, for whoever runs the servers: the failed query's statement and the stack, never its parameters. */
  private logFailure(kind: string, jobRunId: string, outcome: string, error: unknown): void {
    this.logger.error({ kind, jobRunId, err: withoutQueryParameters(error) }, `job ${outcome}`);
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
    this.started = false;
  }
}

export const isFinished = (job: JobRunView): boolean => job.state === "succeeded" || job.state === "failed";

/**
 * What a job's reader is told of its failure: the code of a refusal the job raised on purpose, else
 * `job.failed` — an unexpected error's message may quote a SQL statement or a stack, which people
 * following their import must not read; it goes to the log (`logFailure`). Readers get the code's
 * text in their language (job-routes).
 */
const failureCode = (error: unknown): string => (error instanceof Problem && error.status < 500 ? error.code : "job.failed");

