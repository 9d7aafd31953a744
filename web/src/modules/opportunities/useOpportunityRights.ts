import { usePermissions } from "react-admin";
import { OPPORTUNITY_PERMISSIONS, QUOTE_PERMISSIONS } from "./types";

/** What the signed-in user may do in the pipeline, from the session permissions (same source as accessRules). */
export function useOpportunityRights(): { canRead: boolean; canWrite: boolean; canReadQuotes: boolean; canWriteQuotes: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return {
    canRead: has(OPPORTUNITY_PERMISSIONS.read),
    canWrite: has(OPPORTUNITY_PERMISSIONS.write),
    canReadQuotes: has(QUOTE_PERMISSIONS.read),
    canWriteQuotes: has(QUOTE_PERMISSIONS.write),
  };
}
