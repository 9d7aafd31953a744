import { usePermissions } from "react-admin";
import { useReferenceChoices as useTableChoices, type ReferenceChoices } from "../../ui/useReferenceData";
import { PERSON_PERMISSIONS } from "./types";

export type { ReferenceChoices };

/** Per-tenant reference tables behind the coded fields of a person. */
export type PersonReferenceTable = "markers" | "importance" | "professions" | "social_regimes";

/** Values of one reference table (GET /reference-tables/{code}/values), inactive ones included. */
export function useReferenceChoices(tableCode: PersonReferenceTable): ReferenceChoices {
  return useTableChoices(tableCode);
}

/** What the signed-in user may do on persons, from the session permissions (same source as accessRules). */
export function usePersonRights(): { canWrite: boolean; canReadSensitive: boolean; canWriteSensitive: boolean; canReadAudit: boolean; canReadFiles: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return {
    canWrite: has(PERSON_PERMISSIONS.write),
    canReadSensitive: has(PERSON_PERMISSIONS.readSensitive),
    canWriteSensitive: has(PERSON_PERMISSIONS.writeSensitive),
    canReadAudit: has("audit:read"),
    canReadFiles: has("file:read"),
  };
}
