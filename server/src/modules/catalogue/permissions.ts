import { declarePermissions } from "../../platform/auth/permissions.js";

export const cataloguePermissions = { read: "catalogue:read", write: "catalogue:write" } as const;

declarePermissions("catalogue", {
  "catalogue:read": { fr: "Consulter les gammes, produits, formules, garanties et tarifs", en: "Read ranges, products, formulas, guarantees and tariffs" },
  "catalogue:write": { fr: "Gérer les gammes, produits, formules, garanties et tarifs", en: "Manage ranges, products, formulas, guarantees and tariffs" },
});
