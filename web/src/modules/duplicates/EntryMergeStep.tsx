import { Alert, Button, DialogActions, DialogContent, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useRedirect, useTranslate } from "react-admin";
import { patchRecord } from "./duplicatesApi";
import { failureMessage } from "./failureMessage";
import { changesSomething, defaultChoices, differingFields, entryMergePatch } from "./fieldDiff";
import { FieldChooser } from "./FieldChooser";
import type { RecordScreen } from "./screens";

export interface EntryMergeStepProps {
  screen: RecordScreen;
  draft: Record<string, unknown>;
  existing: Record<string, unknown>;
  existingName: string;
  onBack: () => void;
}

/**
 * « Fusionner avec cette fiche » at entry: the typed values the user picks are written onto the
 * existing record (PATCH with its version); nothing is created, and the existing record opens.
 */
export const EntryMergeStep = ({ screen, draft, existing, existingName, onBack }: EntryMergeStepProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [differences] = useState(() => differingFields(existing, draft, { onlyFilledSource: true }));
  const [choices, setChoices] = useState(() => defaultChoices(differences));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = String(existing.id);

  const merge = async () => {
    const patch = entryMergePatch(existing, draft, choices);
    setBusy(true);
    setError(null);
    try {
      if (changesSomething(patch)) await patchRecord(screen.target, id, patch);
      notify("adhesia.duplicates.entry.merged", { type: "success", messageArgs: { name: existingName } });
      redirect("show", screen.resource, id);
    } catch (failure) {
      setError(failureMessage(failure, translate("ra.notification.http_error")));
      setBusy(false);
    }
  };

  return (
    <>
      <DialogContent dividers data-testid="entry-merge">
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {translate("adhesia.duplicates.entry.merge_help", { name: existingName })}
        </Typography>
        <FieldChooser
          differences={differences}
          choices={choices}
          onChange={setChoices}
          screen={screen}
          targetTitle={translate("adhesia.duplicates.entry.existing")}
          sourceTitle={translate("adhesia.duplicates.entry.typed")}
        />
        {error && <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onBack} disabled={busy}>{translate("adhesia.duplicates.entry.back_to_candidates")}</Button>
        <Button variant="contained" onClick={() => void merge()} disabled={busy} data-testid="entry-merge-confirm">
          {translate("adhesia.duplicates.entry.merge_confirm")}
        </Button>
      </DialogActions>
    </>
  );
};
