import { declarePermissions } from "../../platform/auth/permissions.js";

export const opportunityPermissions = { read: "opportunity:read", write: "opportunity:write" } as const;
export const quotePermissions = { read: "quote:read", write: "quote:write" } as const;

declarePermissions("opportunities", {
  "opportunity:read": { fr: "Consulter les opportunités et le tableau du pipeline", en: "Read opportunities and the pipeline board" },
  "opportunity:write": { fr: "Créer, modifier et clore les opportunités", en: "Create, edit and close opportunities" },
  "quote:read": { fr: "Consulter les devis", en: "Read quotes" },
  "quote:write": { fr: "Créer les devis et changer leur état", en: "Create quotes and change their state" },
});
