import { z } from "zod";
import { sortQuery } from "../../platform/http/list-query.js";
import { exportTable, type ExportColumn } from "../../platform/http/table-export.js";
import { contextOf, type AppServer } from "../../platform/http/server.js";
import { allPages, listExportQuery, sendExport } from "../../platform/lists/list-export.js";
import { apiKeySortable, type ApiKeysService, type ApiKeyView } from "./api-keys-service.js";
import { roleSortable, type RolesService, type RoleView } from "./roles-service.js";
import { userSortable, type UsersService, type UserView } from "./users-service.js";
import { accessPermissions } from "./permissions.js";

const instant = (iso: string | null): Date | null => (iso ? new Date(iso) : null);
const dateTime = "dd/mm/yyyy hh:mm";

const userColumns: ExportColumn<UserView>[] = [
  { header: "email", value: (user) => user.email, width: 32 },
  { header: "nom", value: (user) => user.displayName, width: 28 },
  { header: "actif", value: (user) => user.active },
  { header: "langue", value: (user) => user.locale },
  { header: "double_authentification", value: (user) => user.totpEnabled },
  { header: "derniere_connexion", value: (user) => instant(user.lastLoginAt), numFmt: dateTime, csv: (user) => user.lastLoginAt ?? "" },
  { header: "cree_le", value: (user) => instant(user.createdAt), numFmt: dateTime, csv: (user) => user.createdAt },
];
const roleColumns: ExportColumn<RoleView>[] = [
  { header: "code", value: (role) => role.code },
  { header: "nom", value: (role) => role.name, width: 28 },
  { header: "description", value: (role) => role.description, width: 40 },
  { header: "systeme", value: (role) => role.system },
  { header: "habilitations", value: (role) => role.permissions.join(", "), width: 60 },
];
const apiKeyColumns: ExportColumn<ApiKeyView>[] = [
  { header: "nom", value: (key) => key.name, width: 28 },
  { header: "prefixe", value: (key) => key.prefix },
  { header: "habilitations", value: (key) => key.permissions.join(", "), width: 60 },
  { header: "creee_le", value: (key) => instant(key.createdAt), numFmt: dateTime, csv: (key) => key.createdAt },
  { header: "derniere_utilisation", value: (key) => instant(key.lastUsedAt), numFmt: dateTime, csv: (key) => key.lastUsedAt ?? "" },
  { header: "revoquee_le", value: (key) => instant(key.revokedAt), numFmt: dateTime, csv: (key) => key.revokedAt ?? "" },
];

/** CSV and XLSX exports of the users, roles and API keys lists (streamed, same search and sort as the lists; never a secret). */
export function registerAccessExportRoutes(app: AppServer, services: { users: UsersService; roles: RolesService; apiKeys: ApiKeysService }): void {
  app.get(
    "/api/v1/users/export",
    {
      config: { permission: accessPermissions.users },
      schema: {
        tags: ["users"],
        summary: "Exporter la liste des utilisateurs (CSV ou XLSX, même recherche et mêmes filtres que la liste)",
        querystring: listExportQuery.extend({ sort: sortQuery(userSortable), active: z.enum(["true", "false"]).transform((value) => value === "true").optional() }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const rows = await allPages((page, perPage) => services.users.list(contextOf(request), { ...query, page, perPage }));
      return sendExport(reply, exportTable("utilisateurs", "Utilisateurs", userColumns, rows, format));
    },
  );
  app.get("/api/v1/roles/export", { config: { permission: accessPermissions.roles }, schema: { tags: ["roles"], summary: "Exporter la liste des rôles (CSV ou XLSX)", querystring: listExportQuery.extend({ sort: sortQuery(roleSortable) }) } }, async (request, reply) => {
    const { format, ...query } = request.query;
    const rows = await allPages((page, perPage) => services.roles.list(contextOf(request), { ...query, page, perPage }));
    return sendExport(reply, exportTable("roles", "Rôles", roleColumns, rows, format));
  });
  app.get("/api/v1/api-keys/export", { config: { permission: accessPermissions.apiKeys }, schema: { tags: ["api-keys"], summary: "Exporter la liste des clés d'API, sans leur secret (CSV ou XLSX)", querystring: listExportQuery.extend({ sort: sortQuery(apiKeySortable) }) } }, async (request, reply) => {
    const { format, ...query } = request.query;
    const rows = await allPages((page, perPage) => services.apiKeys.list(contextOf(request), { ...query, page, perPage }));
    return sendExport(reply, exportTable("cles-api", "Clés d'API", apiKeyColumns, rows, format));
  });
}
