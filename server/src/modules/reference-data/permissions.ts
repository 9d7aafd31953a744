import { declarePermissions } from "../../platform/auth/permissions.js";

export const referencePermissions = { read: "reference:read", write: "reference:write", customFields: "admin:custom_fields" } as const;

declarePermissions("reference-data", {
  "reference:read": { fr: "Consulter les tables de référence", en: "Read reference tables" },
  "reference:write": { fr: "Gérer les tables de référence", en: "Manage reference tables" },
  "admin:custom_fields": { fr: "Gérer les champs complémentaires", en: "Manage custom fields" },
});
