import { useGetList, usePermissions } from "react-admin";
import { DUPLICATE_PERMISSIONS, type DuplicateRule } from "./types";

/** What the signed-in user may do with duplicates, from the session permissions. */
export function useDuplicateRights(): { canRead: boolean; canMerge: boolean; canConfigure: boolean } {
  const { permissions } = usePermissions<string[]>();
  const has = (permission: string) => permissions?.includes(permission) ?? false;
  return { canRead: has(DUPLICATE_PERMISSIONS.read), canMerge: has(DUPLICATE_PERMISSIONS.merge), canConfigure: has(DUPLICATE_PERMISSIONS.configure) };
}

/** Label of a rule by its code; the code itself when the rules cannot be read (no duplicate:read). */
export function useRuleLabels(): (code: string) => string {
  const { canRead } = useDuplicateRights();
  const { data } = useGetList<DuplicateRule>("duplicate-rules", { pagination: { page: 1, perPage: 100 } }, { enabled: canRead, staleTime: 60_000 });
  return (code) => data?.find((rule) => rule.code === code)?.label ?? code;
}
