import { usePermissions } from "react-admin";
import { ORGANISATION_PERMISSIONS } from "./types";

/** What the signed-in user may do with the sales organisation and the assignment of records. */
export function useOrganisationRights(): { canRead: boolean; canWrite: boolean; canAssign: boolean; canReadUsers: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (code: string) => permissions?.includes(code) ?? false;
  return {
    canRead: has(ORGANISATION_PERMISSIONS.read),
    canWrite: has(ORGANISATION_PERMISSIONS.write),
    canAssign: has(ORGANISATION_PERMISSIONS.assign),
    canReadUsers: has("admin:users"),
  };
}
