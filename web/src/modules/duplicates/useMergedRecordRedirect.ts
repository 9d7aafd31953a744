import { useMemo } from "react";
import { useNotify, useRedirect, type Identifier } from "react-admin";
import { mergedRecordOf } from "../../app/problem";

export interface MergedRecordRedirectOptions<R> {
  resource: "persons" | "companies";
  /** Where the kept record opens: the page the merged id was opened on. */
  type: "show" | "edit";
  nameOf: (record: R) => string;
}

/** React Query retries a failed read 3 times by default: a merge is no transient failure. */
const retryUnlessMerged = (failureCount: number, error: unknown) => !mergedRecordOf(error) && failureCount < 3;

/**
 * `queryOptions` of a record page: a merged record's id leads to the kept record at once (getOne
 * says so, see dataProvider), with a notice naming it; any other read error does what react-admin
 * does by default (the record does not exist: back to the list).
 */
export function useMergedRecordRedirect<R>({ resource, type, nameOf }: MergedRecordRedirectOptions<R>): { onError: (error: unknown) => void; retry: typeof retryUnlessMerged } {
  const notify = useNotify();
  const redirect = useRedirect();
  return useMemo(
    () => ({
      retry: retryUnlessMerged,
      onError: (error: unknown) => {
        const kept = mergedRecordOf(error);
        if (!kept) {
          notify("ra.notification.item_doesnt_exist", { type: "error" });
          redirect("list", resource);
          return;
        }
        notify("adhesia.duplicates.merges.redirected", { type: "info", messageArgs: { name: nameOf(kept as R) } });
        redirect(type, resource, kept.id as Identifier);
      },
    }),
    [notify, redirect, resource, type, nameOf],
  );
}
