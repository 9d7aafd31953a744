import type { ComponentType } from "react";
import { AccessDenied, CanAccess, useResourceContext } from "react-admin";

/**
 * A resource's page (list, show, edit or create), wrapped to check the permission of that action
 * (authProvider.canAccess) before anything is shown or asked for, even when opened by its address.
 * A page without react-admin's <List> (an upload page, a board, a settings form) has no other check;
 * and react-admin's own check lets the page's first GET go (the list, the record, the choices of
 * its reference inputs) once the answer is in, refusal or not, before it turns away.
 */
export function withAccess(action: "list" | "show" | "edit" | "create", Page: ComponentType): ComponentType {
  const Guarded = () => {
    const resource = useResourceContext();
    return (
      <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
        <Page />
      </CanAccess>
    );
  };
  Guarded.displayName = `withAccess(${action}, ${Page.displayName ?? Page.name})`;
  return Guarded;
}
