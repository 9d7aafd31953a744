import { declarePermissions } from "../../platform/auth/permissions.js";

export const duplicatePermissions = {
  read: "duplicate:read",
  merge: "duplicate:merge",
  configure: "duplicate:configure",
} as const;

declarePermissions("duplicates", {
  "duplicate:read": { fr: "Consulter les doublons potentiels", en: "Review duplicate candidates" },
  "duplicate:merge": { fr: "Fusionner les doublons, déclarer les faux doublons, lancer une recherche", en: "Merge duplicates, declare false duplicates, start a scan" },
  "duplicate:configure": { fr: "Paramétrer les règles de doublons", en: "Configure duplicate rules" },
});
