import { usePermissions } from "react-admin";
import { COMPANY_PERMISSIONS } from "./types";

export interface CompanyRights {
  canWrite: boolean;
  canReadSensitive: boolean;
  canWriteSensitive: boolean;
  canReadAudit: boolean;
  /** The persons tab shows persons' names and contacts. */
  canReadPersons: boolean;
  /** Creating the main contact with the company creates a person. */
  canWritePersons: boolean;
}

/** What the signed-in user may do on companies, from the session permissions (same source as accessRules). */
export function useCompanyRights(): CompanyRights {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return {
    canWrite: has(COMPANY_PERMISSIONS.write),
    canReadSensitive: has(COMPANY_PERMISSIONS.readSensitive),
    canWriteSensitive: has(COMPANY_PERMISSIONS.writeSensitive),
    canReadAudit: has("audit:read"),
    canReadPersons: has("person:read"),
    canWritePersons: has("person:write"),
  };
}
