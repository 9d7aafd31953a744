import { useCallback } from "react";
import { HttpError } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { remapAddressErrors } from "./personForm";

/**
 * onError of the person forms: address errors are moved onto their block (see remapAddressErrors),
 * then the shared handler runs (409 → VersionConflictNotice, field errors left inline, others notified).
 */
export function usePersonErrorHandler(): (error: unknown, variables?: unknown) => void {
  const handle = useMutationErrorHandler();
  return useCallback(
    (error: unknown, variables?: unknown) => {
      const body: unknown = error instanceof HttpError ? error.body : undefined;
      const errors = typeof body === "object" && body !== null && "errors" in body ? body.errors : undefined;
      const sent = typeof variables === "object" && variables !== null && "data" in variables ? variables.data : undefined;
      if (typeof errors === "object" && errors !== null) remapAddressErrors(errors as Record<string, unknown>, sent);
      handle(error);
    },
    [handle],
  );
}
