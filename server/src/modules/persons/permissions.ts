import { declarePermissions } from "../../platform/auth/permissions.js";

export const personPermissions = {
  read: "person:read",
  write: "person:write",
  readSensitive: "person:read_sensitive",
  writeSensitive: "person:write_sensitive",
} as const;

declarePermissions("persons", {
  "person:read": { fr: "Consulter les personnes", en: "Read persons" },
  "person:write": { fr: "Créer et modifier les personnes", en: "Create and edit persons" },
  "person:read_sensitive": { fr: "Voir les indicateurs PPE et gel des avoirs", en: "See the PEP and asset-freeze flags" },
  "person:write_sensitive": { fr: "Modifier les indicateurs PPE et gel des avoirs", en: "Change the PEP and asset-freeze flags" },
});
