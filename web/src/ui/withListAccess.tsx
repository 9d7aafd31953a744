import type { ComponentType } from "react";
import { AccessDenied, CanAccess, useResourceContext } from "react-admin";

/**
 * Every resource's list page, wrapped to check the resource's read permission (authProvider.canAccess)
 * before anything is shown or asked for, even when opened by its address. A page without
 * react-admin's <List> (an upload page, a board, a settings form) has no other check; and <List>'s
 * own check lets its first GET go once the answer is in, refusal or not, before it turns away.
 */
export function withListAccess(Page: ComponentType): ComponentType {
  const Guarded = () => {
    const resource = useResourceContext();
    return (
      <CanAccess resource={resource} action="list" accessDenied={<AccessDenied />}>
        <Page />
      </CanAccess>
    );
  };
  Guarded.displayName = `withListAccess(${Page.displayName ?? Page.name})`;
  return Guarded;
}
