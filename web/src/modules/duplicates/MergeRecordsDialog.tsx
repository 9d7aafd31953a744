import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useNotify, useRefresh, useTranslate, type RaRecord } from "react-admin";
import { RecordPicker } from "../../ui/RecordPicker";
import { getRecord, mergeRecords } from "./duplicatesApi";
import { failureMessage } from "./failureMessage";
import { defaultChoices, differingFields, type FieldDifference } from "./fieldDiff";
import { FieldChooser } from "./FieldChooser";
import type { RecordScreen } from "./screens";
import type { FieldChoice } from "./types";

export interface MergeRecordsDialogProps<R extends RaRecord> {
  screen: RecordScreen;
  /** The record kept. */
  record: R;
  nameOf: (record: R) => string;
  describe?: (record: R) => string;
  /** The search of the record picker (stable: useCallback). */
  search: (q: string, signal: AbortSignal) => Promise<R[]>;
  onClose: () => void;
}

interface Comparison {
  differences: FieldDifference[];
  choices: Record<string, FieldChoice>;
}

/**
 * « Fusionner… » on a record: pick the other record, choose per differing field which value the
 * kept record ends with, then POST /{records}/{id}/merge. The other record's linked data move here.
 */
export const MergeRecordsDialog = <R extends RaRecord>({ screen, record, nameOf, describe, search, onClose }: MergeRecordsDialogProps<R>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [source, setSource] = useState<R | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keptName = nameOf(record);

  useEffect(() => {
    setComparison(null);
    setError(null);
    if (!source) return undefined;
    const controller = new AbortController();
    // The search answers list items: the full record is read to compare every field.
    getRecord(screen.target, String(source.id), controller.signal).then(
      (full) => {
        const differences = differingFields(record, full);
        setComparison({ differences, choices: defaultChoices(differences) });
      },
      (failure: unknown) => !controller.signal.aborted && setError(failureMessage(failure, translate("ra.notification.http_error"))),
    );
    return () => controller.abort();
  }, [source, record, screen.target, translate]);

  const merge = async () => {
    if (!source || !comparison) return;
    setBusy(true);
    setError(null);
    try {
      const merged = await mergeRecords(screen.target, String(record.id), String(source.id), comparison.choices);
      notify("adhesia.duplicates.merge.done", { type: "success", messageArgs: { count: merged.movedRows } });
      refresh();
      onClose();
    } catch (failure) {
      setError(failureMessage(failure, translate("ra.notification.http_error")));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth data-testid="merge-dialog" aria-labelledby="merge-dialog-title">
      <DialogTitle id="merge-dialog-title">{translate("adhesia.duplicates.merge.title")}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate("adhesia.duplicates.merge.pick_help", { name: keptName })}
        </Typography>
        <RecordPicker<R>
          search={search}
          value={source}
          onChange={setSource}
          getKey={(item) => String(item.id)}
          getLabel={nameOf}
          getSecondary={describe}
          exclude={(item) => String(item.id) === String(record.id)}
          label={translate("adhesia.duplicates.merge.pick", { name: keptName })}
          testId="merge-source-input"
          sx={{ mb: 2 }}
        />
        {source && !comparison && !error && <LinearProgress />}
        {source && comparison && (
          <FieldChooser
            differences={comparison.differences}
            choices={comparison.choices}
            onChange={(choices) => setComparison({ ...comparison, choices })}
            screen={screen}
            targetTitle={translate("adhesia.duplicates.merge.kept", { name: keptName })}
            sourceTitle={translate("adhesia.duplicates.merge.merged_side", { name: nameOf(source) })}
          />
        )}
        {error && <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={() => void merge()} disabled={busy || !comparison} data-testid="merge-confirm">
          {translate("adhesia.duplicates.merge.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
