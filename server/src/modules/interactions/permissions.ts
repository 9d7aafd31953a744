import { declarePermissions } from "../../platform/auth/permissions.js";

export const interactionPermissions = { read: "interaction:read", write: "interaction:write" } as const;

declarePermissions("interactions", {
  "interaction:read": { fr: "Consulter les interactions et l'agenda", en: "Read interactions and the agenda" },
  "interaction:write": { fr: "Planifier, enregistrer et réaliser les interactions", en: "Plan, log and complete interactions" },
});
