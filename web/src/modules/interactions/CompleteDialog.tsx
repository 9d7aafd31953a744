import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { CodeSelect } from "./CodeSelect";
import { completeInteraction } from "./interactionsApi";
import { fromLocalInput, toLocalInput } from "./interactionTime";
import type { InteractionRecord } from "./types";
import { useFieldErrors } from "./useFieldErrors";

interface CompleteDialogProps {
  /** The planned interaction to complete; null closes the dialog. */
  interaction: InteractionRecord | null;
  onClose: () => void;
  /** Lists also read again on their own (the interactions-changed event). */
  onDone?: () => void;
}

/** "Réaliser": when it ended (now by default), the result and the report. */
export const CompleteDialog = ({ interaction, onClose, onDone }: CompleteDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [endedAt, setEndedAt] = useState("");
  const [resultCode, setResultCode] = useState("reached");
  const [report, setReport] = useState("");
  const [pending, setPending] = useState(false);
  const errors = useFieldErrors();

  useEffect(() => {
    if (!interaction) return;
    setEndedAt(toLocalInput(new Date()));
    setResultCode("reached");
    setReport("");
    errors.reset();
  }, [interaction?.id]);

  const end = fromLocalInput(endedAt);
  const submit = async () => {
    if (!interaction || !end) return;
    setPending(true);
    errors.reset();
    try {
      await completeInteraction(interaction.id, { endedAt: end, resultCode, report: report.trim() || null });
      notify("adhesia.interactions.complete.saved", { type: "info" });
      onDone?.();
      onClose();
    } catch (failure) {
      errors.take(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={interaction !== null} onClose={onClose} maxWidth="sm" fullWidth data-testid="complete-dialog">
      <DialogTitle>{translate("adhesia.interactions.complete.title")}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {interaction?.subject}
          </Typography>
          <TextField
            size="small"
            type="datetime-local"
            required
            label={translate("adhesia.interactions.fields.ended_at")}
            value={endedAt}
            onChange={(event) => setEndedAt(event.target.value)}
            error={Boolean(errors.fields.endedAt)}
            helperText={errors.fields.endedAt}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "complete-ended-at" } }}
          />
          <CodeSelect table="interaction_results" label="adhesia.interactions.fields.result" value={resultCode} onChange={setResultCode} error={errors.fields.resultCode} testId="complete-result" />
          <TextField size="small" multiline minRows={3} label={translate("adhesia.interactions.fields.report")} value={report} onChange={(event) => setReport(event.target.value)} slotProps={{ htmlInput: { "data-testid": "complete-report" } }} />
          {errors.general && <Alert severity="error">{errors.general}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!end || !resultCode || pending} data-testid="complete-submit">
          {translate("adhesia.interactions.complete.submit")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
