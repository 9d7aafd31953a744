import { declarePermissions } from "../../platform/auth/permissions.js";

export const companyPermissions = {
  read: "company:read",
  write: "company:write",
  readSensitive: "company:read_sensitive",
  writeSensitive: "company:write_sensitive",
} as const;

declarePermissions("companies", {
  "company:read": { fr: "Consulter les entreprises", en: "Read companies" },
  "company:write": { fr: "Créer et modifier les entreprises", en: "Create and edit companies" },
  "company:read_sensitive": { fr: "Voir les indicateurs PPE et gel des avoirs des entreprises", en: "See the companies' PEP and asset-freeze flags" },
  "company:write_sensitive": { fr: "Modifier les indicateurs PPE et gel des avoirs des entreprises", en: "Change the companies' PEP and asset-freeze flags" },
});
