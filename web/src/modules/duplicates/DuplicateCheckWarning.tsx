import { Alert, Link, Stack } from "@mui/material";
import { useCallback } from "react";
import { useCreatePath, useTranslate } from "react-admin";
import { useWatch, type FieldValues } from "react-hook-form";
import { useDebouncedSearch } from "../../ui/useDebouncedSearch";
import { scorePercent } from "./CandidatesComparison";
import { checkableDraft } from "./draftCheck";
import { checkDraft } from "./duplicatesApi";
import type { RecordScreen } from "./screens";
import { candidateName } from "./candidateName";
import { useRuleLabels } from "./useDuplicateRights";

export interface DuplicateCheckWarningProps<V extends FieldValues> {
  screen: RecordScreen;
  /** The form values as the POST body (the form's own transform). */
  toDraft: (values: V) => Record<string, unknown>;
}

/**
 * While typing (once enough is typed, typing paused): the records the draft may duplicate, as a
 * warning that blocks nothing. Links open in a new tab so that the draft stays.
 */
export const DuplicateCheckWarning = <V extends FieldValues>({ screen, toDraft }: DuplicateCheckWarningProps<V>) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const ruleLabel = useRuleLabels();
  const values = useWatch<V>() as V;
  const checkable = checkableDraft(screen.target, toDraft(values));
  const search = useCallback((query: string, signal: AbortSignal) => checkDraft(screen.target, JSON.parse(query) as Record<string, unknown>, signal), [screen.target]);
  const { results } = useDebouncedSearch(checkable ? JSON.stringify(checkable) : "", search, { delay: 600 });
  if (!checkable || results.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ width: "100%", mb: 1 }} data-testid="duplicate-check-warning">
      {translate("adhesia.duplicates.entry.check_warning")}
      <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
        {results.map((candidate) => (
          <li key={candidate.id}>
            {candidate.outOfScope ? (
              candidateName(candidate, translate)
            ) : (
              <Link href={createPath({ resource: screen.resource, type: "show", id: candidate.id })} target="_blank" rel="noopener">
                {candidate.displayName}
              </Link>
            )}{" "}
            — {ruleLabel(candidate.rule)} ({scorePercent(candidate.score)})
          </li>
        ))}
      </Stack>
    </Alert>
  );
};
