import { declarePermissions } from "../../platform/auth/permissions.js";

export const organisationPermissions = { read: "organisation:read", write: "organisation:write", assign: "assignment:write" } as const;

declarePermissions("organisation", {
  "organisation:read": { fr: "Consulter les apporteurs, conseillers, secteurs et règles d'affectation", en: "Read introducers, advisors, sectors and assignment rules" },
  "organisation:write": {
    fr: "Gérer les apporteurs, secteurs, règles et paramètres d'affectation",
    en: "Manage introducers, sectors, assignment rules and settings",
  },
  "assignment:write": { fr: "Affecter les prospects à la main ou en masse", en: "Assign prospects by hand or in bulk" },
});
