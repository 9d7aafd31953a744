import { useEffect, useRef, useState } from "react";

export interface DebouncedSearch<T> {
  results: T[];
  loading: boolean;
  failed: boolean;
  /** The query the results answer (trimmed); "" while nothing was searched. */
  answered: string;
}

/**
 * Runs `search` once typing pauses (`delay` ms) and the query has `minLength` characters; a newer
 * query aborts the request of the previous one, so results never arrive out of order.
 */
export function useDebouncedSearch<T>(query: string, search: (q: string, signal: AbortSignal) => Promise<T[]>, { minLength = 2, delay = 250 } = {}): DebouncedSearch<T> {
  const [state, setState] = useState<DebouncedSearch<T>>({ results: [], loading: false, failed: false, answered: "" });
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);
  const q = query.trim();

  useEffect(() => {
    if (q.length < minLength) {
      setState({ results: [], loading: false, failed: false, answered: "" });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, failed: false }));
    const timer = setTimeout(() => {
      searchRef
        .current(q, controller.signal)
        .then((results) => {
          if (!controller.signal.aborted) setState({ results, loading: false, failed: false, answered: q });
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ results: [], loading: false, failed: true, answered: q });
        });
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, minLength, delay]);

  return state;
}
