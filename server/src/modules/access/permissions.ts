import { declarePermissions } from "../../platform/auth/permissions.js";

export const accessPermissions = {
  users: "admin:users",
  roles: "admin:roles",
  apiKeys: "admin:api_keys",
} as const;

declarePermissions("administration", {
  "admin:users": { fr: "Gérer les utilisateurs", en: "Manage users" },
  "admin:roles": { fr: "Gérer les rôles et habilitations", en: "Manage roles and permissions" },
  "admin:api_keys": { fr: "Gérer les clés d'API", en: "Manage API keys" },
});
