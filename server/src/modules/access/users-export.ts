import { and, asc, eq } from "drizzle-orm";
import { systemContext, requirePermission, type RequestContext } from "../../platform/auth/context.js";
import type { Database } from "../../platform/db/database.js";
import { withTenant } from "../../platform/db/tenant-transaction.js";
import type { FileService } from "../../platform/files/file-service.js";
import { CSV_BOM, frenchCsvLines } from "../../platform/files/french-csv.js";
import { RETRY_IDEMPOTENT, type JobQueue } from "../../platform/jobs/job-queue.js";
import { insertJobRun } from "../../platform/jobs/job-runs.js";
import { accessPermissions } from "./permissions.js";
import { roles, userRoles, users } from "./schema.js";

export const USERS_EXPORT_JOB = "access.users_export";
const BATCH = 200;

/** The users CSV export: the example job that proves the chain request → queue → worker → file → progress. */
export class UsersExport {
  constructor(
    private readonly database: Database,
    private readonly files: FileService,
    private readonly queue: JobQueue,
  ) {
    // A retry reads the users again and writes a new file: safe to retry.
    queue.define(USERS_EXPORT_JOB, async (message, progress) => {
      const ctx = systemContext(message.tenantId, [accessPermissions.users]);
      const rows = await withTenant(this.database, ctx, (tx) =>
        tx
          .select({ email: users.email, displayName: users.displayName, active: users.active, locale: users.locale, role: roles.code, lastLoginAt: users.lastLoginAt })
          .from(users)
          .leftJoin(userRoles, and(eq(userRoles.tenantId, users.tenantId), eq(userRoles.userId, users.id)))
          .leftJoin(roles, and(eq(roles.tenantId, userRoles.tenantId), eq(roles.id, userRoles.roleId)))
          .orderBy(asc(users.email)),
      );
      const lines: string[] = [CSV_BOM, frenchCsvLines([["email", "nom", "actif", "langue", "role", "derniere_connexion"]])];
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        lines.push(frenchCsvLines(batch.map((row) => [row.email, row.displayName, row.active ? "oui" : "non", row.locale, row.role ?? "", row.lastLoginAt?.toISOString() ?? ""])));
        await progress.report(((start + batch.length) / Math.max(rows.length, 1)) * 95, { exported: start + batch.length });
      }
      const data = Buffer.from(lines.join(""), "utf8");
      const file = await withTenant(this.database, ctx, (tx) => this.files.save(tx, ctx, { name: "utilisateurs.csv", contentType: "text/csv", data }));
      return { resultFileId: file.id, counters: { exported: rows.length } };
    }, RETRY_IDEMPOTENT);
  }

  async start(ctx: RequestContext): Promise<{ jobId: string }> {
    requirePermission(ctx, accessPermissions.users);
    const run = await withTenant(this.database, ctx, (tx) => insertJobRun(tx, ctx, USERS_EXPORT_JOB, {}));
    await this.queue.enqueue(USERS_EXPORT_JOB, { tenantId: ctx.tenantId, jobRunId: run.id, userId: ctx.userId });
    return { jobId: run.id };
  }
}
