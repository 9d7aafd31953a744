import UndoIcon from "@mui/icons-material/Undo";
import { Alert, Box, Button, Chip, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Confirm, useNotify, useRefresh, useTranslate } from "react-admin";
import { useFormatDate } from "../../ui/InfoGrid";
import { listMerges, undoMerge } from "./duplicatesApi";
import { failureMessage } from "./failureMessage";
import { isUndoable } from "./mergeState";
import type { DuplicateTarget, MergeRecord } from "./types";
import { useDuplicateRights } from "./useDuplicateRights";

/** « Fusions » tab: the record's merges, newest first, with « Annuler la fusion » while it may be undone. */
export const MergesPanel = ({ target, recordId }: { target: DuplicateTarget; recordId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const formatDate = useFormatDate();
  const { canMerge } = useDuplicateRights();
  const [merges, setMerges] = useState<MergeRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undoing, setUndoing] = useState<MergeRecord | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      listMerges(target, recordId, signal).then(setMerges, (failure: unknown) => !signal?.aborted && setError(failureMessage(failure, translate("ra.notification.http_error")))),
    [target, recordId, translate],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const undo = async () => {
    if (!undoing) return;
    setBusy(true);
    try {
      await undoMerge(undoing.id);
      notify("adhesia.duplicates.merges.undo_done", { type: "success" });
      refresh();
      await load();
    } catch (failure) {
      notify(failureMessage(failure, translate("ra.notification.http_error")), { type: "error" });
    } finally {
      setBusy(false);
      setUndoing(null);
    }
  };

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!merges) return <LinearProgress />;
  if (merges.length === 0) return <Typography variant="body2" color="text.secondary">{translate("adhesia.duplicates.merges.empty")}</Typography>;
  const now = Date.now();
  return (
    <Box data-testid="merges-panel">
      <List dense disablePadding>
        {merges.map((merge) => {
          const takenFields = Object.values(merge.fieldChoices).filter((choice) => choice === "source").length;
          return (
            <ListItem key={merge.id} divider data-testid="merge-row" data-undone={merge.undoneAt !== null}
              secondaryAction={
                canMerge && isUndoable(merge, now) ? (
                  <Button size="small" startIcon={<UndoIcon />} onClick={() => setUndoing(merge)} disabled={busy} data-testid="merge-undo">
                    {translate("adhesia.duplicates.merges.undo")}
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                    <span>{translate(merge.targetId === recordId ? "adhesia.duplicates.merges.merged_into_this" : "adhesia.duplicates.merges.this_merged_into")}</span>
                    <Typography variant="body2" color="text.secondary" component="span">
                      {translate("adhesia.duplicates.merges.at", { date: formatDate(merge.mergedAt) })}
                    </Typography>
                    {merge.undoneAt && <Chip size="small" label={translate("adhesia.duplicates.merges.undone", { date: formatDate(merge.undoneAt) })} />}
                  </Stack>
                }
                secondary={[
                  translate("adhesia.duplicates.merges.moved", { count: merge.movedRows, fields: takenFields }),
                  isUndoable(merge, now) ? translate("adhesia.duplicates.merges.undoable_until", { date: formatDate(merge.undoableUntil) }) : "",
                ].filter(Boolean).join(" · ")}
              />
            </ListItem>
          );
        })}
      </List>
      <Confirm
        isOpen={undoing !== null}
        loading={busy}
        title="adhesia.duplicates.merges.undo_confirm_title"
        content="adhesia.duplicates.merges.undo_confirm_content"
        onConfirm={() => void undo()}
        onClose={() => setUndoing(null)}
      />
    </Box>
  );
};
