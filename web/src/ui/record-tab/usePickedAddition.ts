import { useState } from "react";
import { useNotify } from "react-admin";
import { problemOf } from "../../app/problem";
import { failureMessage } from "./useTabItems";

export interface PickedAddition<T> {
  picked: T | null;
  pick: (picked: T | null) => void;
  /** What `AddPanel` needs from it: spread as `{...addition.panel}`. */
  panel: { canSubmit: boolean; onSubmit: () => void; error: string | null };
}

/**
 * The state of an `AddPanel` that adds one record picked in a `RecordPicker` (a relation, a
 * company's contact, an advisor): the pick, the call while it runs, and its refusal shown in the
 * panel. Once added, the pick is cleared, `added` is notified and `onAdded` reloads the tab.
 */
export function usePickedAddition<T>(add: (picked: T) => Promise<unknown>, added: string, onAdded: () => void): PickedAddition<T> {
  const notify = useNotify();
  const [picked, pick] = useState<T | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (picked === null) return;
    setPending(true);
    setError(null);
    try {
      await add(picked);
      notify(added, { type: "info" });
      pick(null);
      onAdded();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };
  return { picked, pick, panel: { canSubmit: picked !== null && !pending, onSubmit: () => void submit(), error } };
}
