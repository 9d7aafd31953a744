import { z } from "zod";
import type { RequestContext } from "../auth/context.js";
import type { Database } from "../db/database.js";
import { contentDisposition, type FileService } from "../files/file-service.js";
import { notFound } from "../http/problem.js";
import { localeFromAcceptLanguage } from "../i18n/locale.js";
import { translate } from "../i18n/messages.js";
import { idParams } from "../http/schemas.js";
import { contextOf, type AppServer } from "../http/server.js";
import { isFinished } from "./job-queue.js";
import { findJobRun, jobFilesOwner, type JobRunView } from "./job-runs.js";

const jobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  state: z.enum(["queued", "running", "succeeded", "failed"]),
  progress: z.number().int(),
  counters: z.record(z.string(), z.number()),
  resultFileId: z.uuid().nullable(),
  errorReportFileId: z.uuid().nullable(),
  errorMessage: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

const POLL_MS = 400;
const MAX_STREAM_MS = 30 * 60_000;

export function registerJobRoutes(app: AppServer, database: Database, files: FileService): void {
  files.registerOwner(jobFilesOwner);
  const tags = ["jobs"];
  /** Another user's job answers 404 like a missing one: whoever did not start it must not learn it exists. */
  const loadJob = async (ctx: RequestContext, id: string): Promise<JobRunView> => {
    const job = await findJobRun(database, ctx, id);
    if (!job) throw notFound();
    return job;
  };
  /** A failure is stored as a message code (job-queue's failureCode): its text in the reader's language. */
  const inLanguage = (job: JobRunView, acceptLanguage: string | undefined): JobRunView =>
    job.errorMessage === null ? job : { ...job, errorMessage: translate(job.errorMessage, localeFromAcceptLanguage(acceptLanguage)) };

  app.get("/api/v1/jobs/:id", { config: { permission: "job:read" }, schema: { tags, summary: "État d'un traitement", params: idParams, response: { 200: jobSchema } } }, async (request) => {
    const ctx = contextOf(request);
    return inLanguage(await loadJob(ctx, request.params.id), request.headers["accept-language"]);
  });

  app.get(
    "/api/v1/jobs/:id/events",
    { config: { permission: "job:read" }, schema: { tags, summary: "Avancement en direct (server-sent events, un message JSON par changement)", params: idParams } },
    async (request, reply) => {
      const ctx = contextOf(request);
      let job = await loadJob(ctx, request.params.id);
      reply.hijack();
      reply.raw.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive", "x-request-id": request.id });
      let closed = false;
      request.raw.on("close", () => {
        closed = true;
      });
      const deadline = Date.now() + MAX_STREAM_MS;
      let sent = "";
      // Polling the row works the same on PGlite and on a server, and whichever node ran the job.
      while (!closed && Date.now() < deadline) {
        const payload = JSON.stringify(inLanguage(job, request.headers["accept-language"]));
        if (payload !== sent) {
          reply.raw.write(`event: job\ndata: ${payload}\n\n`);
          sent = payload;
        }
        if (isFinished(job)) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = (await findJobRun(database, ctx, job.id)) ?? job;
      }
      reply.raw.end();
    },
  );

  for (const [path, field] of [["result", "resultFileId"], ["error-report", "errorReportFileId"]] as const) {
    app.get(`/api/v1/jobs/:id/${path}`, { config: { permission: "job:read" }, schema: { tags, summary: path === "result" ? "Fichier produit" : "Rapport d'erreurs", params: idParams } }, async (request, reply) => {
      const ctx = contextOf(request);
      const fileId = (await loadJob(ctx, request.params.id))[field];
      if (!fileId) throw notFound();
      const { file, stream } = await files.open(ctx, fileId);
      return reply.type(file.contentType).header("content-disposition", contentDisposition(file.name)).send(stream);
    });
  }
}
