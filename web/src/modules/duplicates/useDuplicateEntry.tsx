import { useCallback, useState, type ReactNode } from "react";
import { duplicateCandidatesOf } from "./duplicateProblem";
import { DuplicateEntryDialog } from "./DuplicateEntryDialog";
import type { RecordScreen } from "./screens";
import type { DuplicateCandidate } from "./types";

interface Refused {
  draft: Record<string, unknown>;
  candidates: DuplicateCandidate[];
}

const sentBody = (variables: unknown): Record<string, unknown> =>
  typeof variables === "object" && variables !== null && "data" in variables && typeof variables.data === "object" && variables.data !== null ? (variables.data as Record<string, unknown>) : {};

/**
 * For a create form: `intercept` (first in the mutation's onError) takes a `*.duplicate_suspected`
 * refusal and opens the duplicates dialog on the body that was sent; other errors are left to the form.
 */
export function useDuplicateEntry(screen: RecordScreen): { intercept: (error: unknown, variables: unknown) => boolean; dialog: ReactNode } {
  const [refused, setRefused] = useState<Refused | null>(null);
  const intercept = useCallback((error: unknown, variables: unknown) => {
    const candidates = duplicateCandidatesOf(error, screen.target);
    if (!candidates) return false;
    setRefused({ draft: sentBody(variables), candidates });
    return true;
  }, [screen.target]);
  const dialog = refused ? (
    <DuplicateEntryDialog
      screen={screen}
      draft={refused.draft}
      candidates={refused.candidates}
      onClose={() => setRefused(null)}
      onCandidates={(candidates) => setRefused({ ...refused, candidates })}
    />
  ) : null;
  return { intercept, dialog };
}
