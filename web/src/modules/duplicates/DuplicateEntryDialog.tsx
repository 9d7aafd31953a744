import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useRedirect, useTranslate } from "react-admin";
import { CandidatesComparison } from "./CandidatesComparison";
import { duplicateCandidatesOf } from "./duplicateProblem";
import { failureMessage } from "./failureMessage";
import { EntryMergeStep } from "./EntryMergeStep";
import type { RecordScreen } from "./screens";
import type { DuplicateCandidate } from "./types";
import { useCandidateRecords } from "./useCandidateRecords";

export interface DuplicateEntryDialogProps {
  screen: RecordScreen;
  /** The refused POST body. */
  draft: Record<string, unknown>;
  candidates: readonly DuplicateCandidate[];
  /** Back to the form, the draft intact. */
  onClose: () => void;
  /** A new attempt was refused with other candidates (one appeared meanwhile). */
  onCandidates: (candidates: DuplicateCandidate[]) => void;
}

/**
 * The three answers of the slide "Gérer les doublons" when a creation is refused as a suspected
 * duplicate: create anyway (the pairs are remembered as false duplicates), open the existing
 * record (the draft is abandoned), or merge the draft into it (nothing is created).
 */
export const DuplicateEntryDialog = ({ screen, draft, candidates, onClose, onCandidates }: DuplicateEntryDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const { records, loading } = useCandidateRecords(
    screen.target,
    candidates.map((candidate) => candidate.id),
  );
  const [merging, setMerging] = useState<DuplicateCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const createAnyway = async () => {
    setBusy(true);
    setError(null);
    try {
      const duplicateResolution = { decision: "false_duplicate", candidateIds: candidates.map((candidate) => candidate.id) };
      const { data } = await dataProvider.create(screen.resource, { data: { ...draft, duplicateResolution } });
      notify("ra.notification.created", { type: "info", messageArgs: { smart_count: 1 } });
      redirect("show", screen.resource, data.id);
    } catch (failure) {
      const more = duplicateCandidatesOf(failure, screen.target);
      if (more) {
        onCandidates(more);
        setError(translate("adhesia.duplicates.entry.new_candidates"));
      } else {
        setError(failureMessage(failure, translate("ra.notification.http_error")));
      }
      setBusy(false);
    }
  };

  const open = (candidate: DuplicateCandidate) => {
    notify("adhesia.duplicates.entry.abandoned", { type: "info", messageArgs: { name: candidate.displayName } });
    redirect("show", screen.resource, candidate.id);
  };

  const existing = merging ? records[merging.id] : undefined;
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="lg" fullWidth data-testid="duplicate-dialog" aria-labelledby="duplicate-dialog-title">
      <DialogTitle id="duplicate-dialog-title">
        {translate(merging ? "adhesia.duplicates.entry.merge_title" : "adhesia.duplicates.entry.title", { smart_count: candidates.length, name: merging?.displayName ?? "" })}
      </DialogTitle>
      {merging && existing ? (
        <EntryMergeStep screen={screen} draft={draft} existing={existing} existingName={merging.displayName} onBack={() => setMerging(null)} />
      ) : (
        <>
          <DialogContent dividers>
            <Typography variant="body2" sx={{ mb: 1.5 }}>
              {translate("adhesia.duplicates.entry.intro")}
            </Typography>
            {loading && <LinearProgress sx={{ mb: 1 }} />}
            <CandidatesComparison screen={screen} draft={draft} candidates={candidates} records={records} onOpen={open} onMerge={setMerging} disabled={busy} />
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
              {translate("adhesia.duplicates.entry.open_help")}
            </Typography>
            {error && <Alert severity="warning" sx={{ mt: 1.5 }}>{error}</Alert>}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>{translate("adhesia.duplicates.entry.back_to_form")}</Button>
            <Button variant="outlined" color="warning" onClick={() => void createAnyway()} disabled={busy} data-testid="duplicate-create-anyway">
              {translate("adhesia.duplicates.entry.create_anyway")}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
};
