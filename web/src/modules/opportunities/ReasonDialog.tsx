import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useTranslate } from "react-admin";
import { problemOf } from "../../app/problem";
import { failureMessage } from "../../ui/record-tab";

interface ReasonDialogProps<C extends string> {
  open: boolean;
  title: string;
  content?: string;
  /** An outcome to choose first (a close: lost or out of target), labelled by `choiceLabel`. */
  choices?: readonly C[];
  choiceLabel?: (choice: C) => string;
  reasonRequired: boolean;
  submitLabel: string;
  onSubmit: (reason: string, choice: C | undefined) => Promise<void>;
  onClose: () => void;
  testId: string;
}

/** Asks for a reason (and an outcome) before a move the history keeps; the server's refusal stays in the dialog. */
export function ReasonDialog<C extends string>({ open, title, content, choices, choiceLabel, reasonRequired, submitLabel, onSubmit, onClose, testId }: ReasonDialogProps<C>) {
  const translate = useTranslate();
  const [choice, setChoice] = useState<C | undefined>(choices?.[0]);
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setChoice(choices?.[0]);
    setReason("");
    setError(null);
  }, [open]);

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      await onSubmit(reason.trim(), choice);
      onClose();
    } catch (failure) {
      setError(failureMessage(failure, problemOf(failure)?.fieldErrors));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid={testId}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {content && <Typography variant="body2">{content}</Typography>}
          {choices && choiceLabel && (
            <TextField select size="small" label={translate("adhesia.opportunities.close.state")} value={choice ?? ""} onChange={(event) => setChoice(choices.find((candidate) => candidate === event.target.value))} slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": `${testId}-choice` } }}>
              {choices.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {choiceLabel(candidate)}
                </option>
              ))}
            </TextField>
          )}
          <TextField
            size="small"
            multiline
            minRows={2}
            required={reasonRequired}
            label={translate(reasonRequired ? "adhesia.opportunities.close.reason" : "adhesia.opportunities.quotes.reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { "data-testid": `${testId}-reason`, maxLength: 1000 } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={pending || (reasonRequired && reason.trim() === "")} data-testid={`${testId}-submit`}>
          {translate(submitLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
