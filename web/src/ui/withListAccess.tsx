import type { ComponentType } from "react";
import { AccessDenied, CanAccess, useResourceContext } from "react-admin";

/**
 * A page registered as a resource's list without react-admin's <List> (an upload page, a board, a
 * settings form): react-admin checks access only inside <List>, so the page is wrapped to check the
 * resource's read permission (authProvider.canAccess) before anything is shown, even when opened by its address.
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
