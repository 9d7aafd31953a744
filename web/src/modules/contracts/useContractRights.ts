import { usePermissions } from "react-admin";
import { CONTRACT_PERMISSIONS } from "./types";

/** What the signed-in user may do with contracts, from the session permissions (same source as accessRules). */
export function useContractRights(): { canRead: boolean; canImport: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return { canRead: has(CONTRACT_PERMISSIONS.read), canImport: has(CONTRACT_PERMISSIONS.import) };
}
