import { useCallback } from "react";
import { HttpError } from "react-admin";
import { useMutationErrorHandler } from "../../ui/useMutationErrorHandler";
import { remapCompanyErrors } from "./companyForm";

/**
 * onError of the company forms: address errors are moved onto their block and the main contact's
 * choice (see remapCompanyErrors), `mainContact.*` errors stay on the sub-form's inputs, then the
 * shared handler runs (409 version conflict → notice, field errors left inline, others notified).
 */
export function useCompanyErrorHandler(): (error: unknown, variables?: unknown) => void {
  const handle = useMutationErrorHandler();
  return useCallback(
    (error: unknown, variables?: unknown) => {
      const body: unknown = error instanceof HttpError ? error.body : undefined;
      const errors = typeof body === "object" && body !== null && "errors" in body ? body.errors : undefined;
      const sent = typeof variables === "object" && variables !== null && "data" in variables ? variables.data : undefined;
      if (typeof errors === "object" && errors !== null) remapCompanyErrors(errors as Record<string, unknown>, sent);
      handle(error);
    },
    [handle],
  );
}
