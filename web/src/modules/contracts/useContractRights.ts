import { usePermissions } from "react-admin";
import { CONTRACT_PERMISSIONS } from "./types";

/** Whether the signed-in user may read contracts, from the session permissions (the resources themselves are guarded by accessRules). */
export function useContractRights(): { canRead: boolean } {
  const { permissions } = usePermissions<string[]>();
  return { canRead: permissions?.includes(CONTRACT_PERMISSIONS.read) ?? false };
}
