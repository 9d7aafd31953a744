import { declarePermissions } from "../../platform/auth/permissions.js";

export const originPermissions = { read: "origin:read", write: "origin:write" } as const;

declarePermissions("origins", {
  "origin:read": { fr: "Consulter les origines marketing", en: "Read marketing origins" },
  "origin:write": { fr: "Gérer et importer les origines marketing", en: "Manage and import marketing origins" },
});
