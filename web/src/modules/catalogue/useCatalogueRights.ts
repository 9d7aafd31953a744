import { usePermissions } from "react-admin";
import { CATALOGUE_PERMISSIONS } from "./types";

/** What the signed-in user may do with the catalogue and its tariffs. */
export function useCatalogueRights(): { canRead: boolean; canWrite: boolean } {
  const { permissions } = usePermissions<string[]>();
  return {
    canRead: permissions?.includes(CATALOGUE_PERMISSIONS.read) ?? false,
    canWrite: permissions?.includes(CATALOGUE_PERMISSIONS.write) ?? false,
  };
}
