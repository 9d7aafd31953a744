import { useEffect, useState } from "react";
import { getRecord } from "./duplicatesApi";
import type { DuplicateTarget } from "./types";

type Loaded = Readonly<Record<string, Record<string, unknown>>>;

/** The full records of the candidates, by id, to show them side by side (a record that cannot be read is left out). */
export function useCandidateRecords(target: DuplicateTarget, ids: readonly string[]): { records: Loaded; loading: boolean } {
  const [records, setRecords] = useState<Loaded>({});
  const [loading, setLoading] = useState(true);
  const key = ids.join(",");
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    void Promise.all(key.split(",").filter(Boolean).map((id) => getRecord(target, id, controller.signal).then((record) => [id, record] as const, () => undefined))).then((entries) => {
      if (controller.signal.aborted) return;
      setRecords(Object.fromEntries(entries.filter((entry) => entry !== undefined)));
      setLoading(false);
    });
    return () => controller.abort();
  }, [target, key]);
  return { records, loading };
}
