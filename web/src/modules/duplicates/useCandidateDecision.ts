import { useState } from "react";
import { useNotify, useRefresh, useTranslate, useUnselectAll } from "react-admin";
import { decideCandidates } from "./duplicatesApi";
import { failureMessage } from "./failureMessage";
import type { CandidateAction } from "./types";

/**
 * One decision for some pairs (POST /duplicate-candidates/decisions): each pair is settled on its
 * own, so the pairs that failed are named with the reason's code while the others are done.
 */
export function useCandidateDecision(): { decide: (ids: string[], action: CandidateAction) => Promise<void>; busy: boolean } {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll("duplicate-candidates");
  const [busy, setBusy] = useState(false);
  const decide = async (ids: string[], action: CandidateAction) => {
    setBusy(true);
    try {
      const { done, failed } = await decideCandidates(ids, action);
      if (failed.length > 0) {
        const details = failed.map((failure) => translate(`adhesia.duplicates.review.failures.${failure.code}`, { _: failure.code })).join(", ");
        notify("adhesia.duplicates.review.failed", { type: done.length > 0 ? "warning" : "error", messageArgs: { count: failed.length, details }, autoHideDuration: null });
      } else {
        notify("adhesia.duplicates.review.done", { type: "success", messageArgs: { count: done.length } });
      }
      unselectAll();
      refresh();
    } catch (failure) {
      notify(failureMessage(failure, translate("ra.notification.http_error")), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return { decide, busy };
}
