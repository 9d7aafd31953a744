import "./messages.js";
import type { Database } from "../../platform/db/database.js";
import type { FileService } from "../../platform/files/file-service.js";
import type { AppServer } from "../../platform/http/server.js";
import type { JobQueue } from "../../platform/jobs/job-queue.js";
import { z } from "zod";
import { contextOf } from "../../platform/http/server.js";
import { ApiKeysService } from "./api-keys-service.js";
import { accessPermissions } from "./permissions.js";
import { registerAccessExportRoutes } from "./access-exports.js";
import { registerAuthRoutes } from "./auth-routes.js";
import { AuthService } from "./auth-service.js";
import { installAuthentication } from "./authenticate.js";
import { CredentialCache } from "./credential-cache.js";
import { RolesService } from "./roles-service.js";
import { registerRolesRoutes } from "./roles-routes.js";
import { UsersExport } from "./users-export.js";
import { registerUsersRoutes } from "./users-routes.js";
import { UsersService } from "./users-service.js";

export { accessPermissions } from "./permissions.js";
export { hashPassword } from "./secrets.js";
export { syncSystemRoles, systemRoles } from "./system-roles.js";
export { apiKeys, roles, sessions, userRoles, users } from "./schema.js";
export { setUserIntroducer } from "./user-introducer.js";
// The API's shapes, which the web app reads too.
export type { SessionView } from "./auth-service.js";
export type { UserView } from "./users-service.js";
export type { RoleView } from "./roles-service.js";
export type { ApiKeyView } from "./api-keys-service.js";
// Codes the web app lists too: what a role sees (the platform's, applied by every module).
export type { DataScopeLevel } from "../../platform/auth/data-scope.js";

export interface AccessModuleDependencies {
  database: Database;
  files: FileService;
  queue: JobQueue;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** The accounts the demo seed creates, the only ones the sign-in page may list (demo tenants only). */
  demoLogins: readonly string[];
}

/** Users, roles, API keys and sign-in; also installs the authentication every other route relies on. */
export function registerAccessModule(app: AppServer, deps: AccessModuleDependencies): void {
  const { database } = deps;
  const credentials = new CredentialCache();
  installAuthentication(app, database, credentials);
  registerAuthRoutes(app, new AuthService(database, credentials, deps.sessionTtlHours), database, { cookieSecure: deps.cookieSecure, demoLogins: deps.demoLogins });
  const users = new UsersService(database, credentials);
  const roles = new RolesService(database, credentials);
  const apiKeys = new ApiKeysService(database, credentials);
  registerUsersRoutes(app, users);
  registerRolesRoutes(app, roles, apiKeys);
  registerAccessExportRoutes(app, { users, roles, apiKeys });
  const usersExport = new UsersExport(database, deps.files, deps.queue);
  app.post(
    "/api/v1/users/export",
    { config: { permission: accessPermissions.users }, schema: { tags: ["users"], summary: "Exporter les utilisateurs en CSV (traitement en arrière-plan)", response: { 202: z.object({ jobId: z.uuid() }) } } },
    async (request, reply) => reply.status(202).send(await usersExport.start(contextOf(request))),
  );
}
