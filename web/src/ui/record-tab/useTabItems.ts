import { useCallback, useEffect, useState } from "react";

export interface TabItems<T> {
  /** null while loading. */
  items: T[] | null;
  failed: string | null;
  reload: () => void;
}

/** The items of a record's tab (GET {record}/{tab}), loaded again by `reload()` after a change. */
export function useTabItems<T>(load: (signal: AbortSignal) => Promise<T[]>, key: string): TabItems<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((loaded) => {
        setItems(loaded);
        setFailed(null);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => controller.abort();
    // `key` names what `load` reads (the record's id).
  }, [key, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { items, failed, reload };
}

/** The message of a failed write: the field errors of the problem when there are, else its title. */
export function failureMessage(failure: unknown, fieldErrors?: Array<{ message: string }>): string {
  const fields = (fieldErrors ?? []).map((entry) => entry.message).filter(Boolean);
  if (fields.length > 0) return fields.join(" ");
  return failure instanceof Error ? failure.message : String(failure);
}
