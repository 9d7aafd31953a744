import { usePermissions } from "react-admin";

export const INTERACTION_PERMISSIONS = { read: "interaction:read", write: "interaction:write" } as const;

export function useInteractionRights(): { canRead: boolean; canWrite: boolean } {
  const { permissions } = usePermissions<string[]>();
  return { canRead: permissions?.includes(INTERACTION_PERMISSIONS.read) ?? false, canWrite: permissions?.includes(INTERACTION_PERMISSIONS.write) ?? false };
}
