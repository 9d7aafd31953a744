import { useCanAccess, useResourceContext } from "react-admin";

/**
 * A list whose rows open their edit form: only for a user who may edit the resource. A reader
 * without the write right (an advisor on the sectors or the origins) would land on « access denied ».
 */
export function useEditRowClick(): "edit" | false {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: "edit" });
  return canAccess ? "edit" : false;
}
