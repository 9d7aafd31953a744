import { sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/database.js";
import { origins, type OriginKind } from "./schema.js";

/** The origins the interfaces (online shop, comparators, contract feeds) rely on; every tenant has them, read-only. */
export const systemOrigins: ReadonlyArray<{ code: string; label: string; labelEn: string; kind: OriginKind }> = [
  { code: "comparator_meilleure_assurance", label: "Comparateur Meilleure Assurance", labelEn: "Meilleure Assurance comparator", kind: "comparator" },
  { code: "comparator_les_furets", label: "Comparateur Les Furets", labelEn: "Les Furets comparator", kind: "comparator" },
  { code: "online_agency", label: "Agence en ligne", labelEn: "Online agency", kind: "web_site" },
  // Persons and companies first known through a contract: the daily back-office feed, the partners' 3-file intake.
  { code: "back_office", label: "Contrats du back-office", labelEn: "Back-office contracts", kind: "other" },
  { code: "contract_intake", label: "Sas d'entrée des contrats partenaires", labelEn: "Partner contract intake", kind: "partner" },
];

/**
 * Gives a tenant the system origins, and puts them back as code defines them if they were altered
 * behind the application's back. Idempotent: run at provisioning and at every start.
 */
export async function installSystemOrigins(tx: Executor, tenantId: string): Promise<void> {
  for (const origin of systemOrigins) {
    await tx
      .insert(origins)
      .values({ tenantId, ...origin, system: true, active: true })
      .onConflictDoUpdate({
        target: [origins.tenantId, origins.code],
        set: { label: origin.label, labelEn: origin.labelEn, kind: origin.kind, system: true, active: true },
        setWhere: sql`(${origins.label}, ${origins.labelEn}, ${origins.kind}, ${origins.system}, ${origins.active}) is distinct from (${origin.label}, ${origin.labelEn}, ${origin.kind}, true, true)`,
      });
  }
}
