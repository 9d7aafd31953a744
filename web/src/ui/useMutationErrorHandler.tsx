import { useCallback } from "react";
import { useNotify } from "react-admin";
import { problemOf } from "../app/problem";
import { VersionConflictNotice } from "./VersionConflictNotice";

/**
 * onError for react-admin mutations: a stale version offers a reload, field errors are left to the
 * form (they appear under the inputs), anything else shows the problem title/detail.
 */
export function useMutationErrorHandler(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const problem = problemOf(error);
      if (problem?.code === "record.version_conflict") {
        notify(<VersionConflictNotice />, { type: "warning", autoHideDuration: null });
        return;
      }
      if (problem?.errors) return;
      notify(error instanceof Error && error.message ? error.message : "ra.notification.http_error", { type: "error" });
    },
    [notify],
  );
}
