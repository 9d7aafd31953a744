import { useEffect, useState } from "react";
import { apiFetch } from "../../app/http";

/** How many quotes each opportunity has (the list's `total` of GET /quotes?opportunityId=), read once per list. */
export function useQuoteCounts(opportunityIds: readonly string[]): Record<string, number> {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const key = opportunityIds.join(",");
  useEffect(() => {
    if (opportunityIds.length === 0) return undefined;
    const controller = new AbortController();
    Promise.all(
      opportunityIds.map(async (id) => {
        const page = await apiFetch<{ total: number }>(`/quotes?${new URLSearchParams({ opportunityId: id, perPage: "1" }).toString()}`, { signal: controller.signal });
        return [id, page.total] as const;
      }),
    ).then(
      (entries) => setCounts(Object.fromEntries(entries)),
      () => undefined,
    );
    return () => controller.abort();
    // `key` names the ids read.
  }, [key]);
  return counts;
}
