import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import { OriginsImport } from "./origins-import.js";
import { registerOriginsRoutes } from "./origins-routes.js";
import { OriginsService } from "./origins-service.js";

export { originPermissions } from "./permissions.js";
export { installSystemOrigins, systemOrigins } from "./tenant-setup.js";
export { origins, originKinds, type OriginKind } from "./schema.js";
export { ORIGINS_IMPORT_JOB } from "./origins-import.js";
export type { OriginsService, OriginUsageCheck, OriginView } from "./origins-service.js";
export { originExists, originNamesIn } from "./origins-service.js";

export interface OriginsModuleDependencies {
  database: Database;
  files: FileService;
  queue: JobQueue;
}

export interface OriginsModule {
  origins: OriginsService;
}

/** Marketing origins: the code every person, company and opportunity carries, with its cost for ROI. */
export function registerOriginsModule(app: AppServer, deps: OriginsModuleDependencies): OriginsModule {
  const service = new OriginsService(deps.database);
  registerOriginsRoutes(app, service, new OriginsImport(deps.database, deps.files, deps.queue));
  return { origins: service };
}
