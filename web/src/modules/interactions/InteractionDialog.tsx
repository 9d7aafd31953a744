import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from "@mui/material";
import { useEffect, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { CodeSelect } from "./CodeSelect";
import { createInteraction } from "./interactionsApi";
import { fromLocalInput, nextHour, toLocalInput } from "./interactionTime";
import type { InteractionLinks } from "./types";
import { useFieldErrors } from "./useFieldErrors";

/** `plan`: an interaction to come ("Planifier"); `log`: a call already done ("Enregistrer un appel"). */
export type InteractionDialogMode = "plan" | "log";

interface Draft {
  type: string;
  at: string;
  subject: string;
  notes: string;
  resultCode: string;
  report: string;
}

const emptyDraft = (mode: InteractionDialogMode): Draft => ({
  type: mode === "log" ? "call_in" : "call_out",
  at: toLocalInput(mode === "log" ? new Date() : nextHour(new Date())),
  subject: "",
  notes: "",
  resultCode: mode === "log" ? "reached" : "",
  report: "",
});

interface InteractionDialogProps {
  open: boolean;
  mode: InteractionDialogMode;
  links: InteractionLinks;
  onClose: () => void;
  /** Lists also read again on their own (the interactions-changed event). */
  onSaved?: () => void;
}

/** Plans an interaction with the panel's records, or logs a call already done (its moment is both start and end). */
export const InteractionDialog = ({ open, mode, links, onClose, onSaved }: InteractionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(mode));
  const [pending, setPending] = useState(false);
  const errors = useFieldErrors();
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    if (!open) return;
    setDraft(emptyDraft(mode));
    errors.reset();
  }, [open, mode]);

  const at = fromLocalInput(draft.at);
  const submit = async () => {
    if (!at) return;
    setPending(true);
    errors.reset();
    try {
      await createInteraction({
        ...links,
        type: draft.type,
        plannedAt: at,
        subject: draft.subject.trim(),
        notes: draft.notes.trim() || null,
        ...(mode === "log" ? { completion: { endedAt: at, resultCode: draft.resultCode, report: draft.report.trim() || null } } : {}),
      });
      notify(`adhesia.interactions.${mode}.saved`, { type: "info" });
      onSaved?.();
      onClose();
    } catch (failure) {
      errors.take(failure);
    } finally {
      setPending(false);
    }
  };

  const field = (path: string) => (errors.fields[path] ? { error: true, helperText: errors.fields[path] } : {});
  const canSubmit = Boolean(at && draft.type && draft.subject.trim() && (mode === "plan" || draft.resultCode)) && !pending;
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="interaction-dialog">
      <DialogTitle>{translate(`adhesia.interactions.${mode}.title`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} component="form" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <CodeSelect table="interaction_types" label="adhesia.interactions.fields.type" value={draft.type} onChange={set("type")} error={errors.fields.type} testId="interaction-type" />
            <TextField
              size="small"
              type="datetime-local"
              required
              label={translate(mode === "log" ? "adhesia.interactions.fields.happened_at" : "adhesia.interactions.fields.planned_at")}
              value={draft.at}
              onChange={(event) => set("at")(event.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { "data-testid": "interaction-at" } }}
              {...field("plannedAt")}
            />
          </Stack>
          <TextField size="small" required label={translate("adhesia.interactions.fields.subject")} value={draft.subject} onChange={(event) => set("subject")(event.target.value)} slotProps={{ htmlInput: { maxLength: 200, "data-testid": "interaction-subject" } }} {...field("subject")} />
          <TextField size="small" multiline minRows={2} label={translate("adhesia.interactions.fields.notes")} value={draft.notes} onChange={(event) => set("notes")(event.target.value)} slotProps={{ htmlInput: { "data-testid": "interaction-notes" } }} {...field("notes")} />
          {mode === "log" && (
            <>
              <CodeSelect table="interaction_results" label="adhesia.interactions.fields.result" value={draft.resultCode} onChange={set("resultCode")} error={errors.fields["completion.resultCode"]} testId="interaction-result" />
              <TextField size="small" multiline minRows={3} label={translate("adhesia.interactions.fields.report")} value={draft.report} onChange={(event) => set("report")(event.target.value)} slotProps={{ htmlInput: { "data-testid": "interaction-report" } }} {...field("completion.report")} />
            </>
          )}
          {(errors.general || errors.fields.personId || errors.fields.companyId || errors.fields.opportunityId || errors.fields.advisorId) && (
            <Alert severity="error">{errors.general ?? errors.fields.personId ?? errors.fields.companyId ?? errors.fields.opportunityId ?? errors.fields.advisorId}</Alert>
          )}
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={!canSubmit} data-testid="interaction-submit">
          {translate(`adhesia.interactions.${mode}.submit`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
