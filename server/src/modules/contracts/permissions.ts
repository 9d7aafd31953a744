import { declarePermissions } from "../../platform/auth/permissions.js";

/** Contracts are written only by the back office's interfaces: reading them, and feeding them. */
export const contractPermissions = { read: "contract:read", import: "contract:import" } as const;

declarePermissions("contracts", {
  "contract:read": { fr: "Consulter les contrats", en: "Read contracts" },
  "contract:import": { fr: "Alimenter les contrats (flux du back-office, sas d'entrée)", en: "Feed contracts (back-office feed, contract intake)" },
});
